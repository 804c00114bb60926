using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Gateway.Tests;

/// <summary>What the gateway decides on its own, before any service is asked.</summary>
public sealed class GatewayTests
{
    private static ServiceFactory<Program> Gateway(string environment = "Development", int permitLimit = 1000) => new(
        new Dictionary<string, string>
        {
            ["Gateway:RateLimit:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimit:Window"] = "00:01:00",
            // Nothing listens here: requests that pass the gateway's own checks end as 502.
            ["services:assessment:http:0"] = "http://127.0.0.1:9",
            ["services:activities:http:0"] = "http://127.0.0.1:9",
            // As a local run gives it: a client at the authority for development tokens.
            ["Authentication:Client:Id"] = "gateway",
            ["Authentication:Client:Secret"] = "local-run-secret",
        },
        environment);

    [Fact]
    public async Task A_request_without_a_token_is_401()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(token: null).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_role_outside_the_route_policy_is_403()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(TestTokens.For(Roles.Relative)).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_allowed_request_is_forwarded_to_the_service()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(TestTokens.For(Roles.CaseWorker)).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}");

        // 502: the gateway tried the (absent) assessment service, so it let the request through.
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task After_the_rate_limit_a_user_gets_429_with_Retry_After_while_others_go_on()
    {
        await using var gateway = Gateway(permitLimit: 3);
        var busy = gateway.CreateClient(TestTokens.For(Roles.CaseWorker, subject: "busy"));
        var other = gateway.CreateClient(TestTokens.For(Roles.CaseWorker, subject: "other"));

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await busy.GetAsync("/api/activities/anything")).StatusCode);
        }
        var limited = await busy.GetAsync("/api/activities/anything");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.GetAsync("/api/activities/anything")).StatusCode);
    }

    [Fact]
    public async Task The_callers_correlation_id_comes_back_on_the_response()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient(TestTokens.For(Roles.CaseWorker));
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "case-4711");

        var response = await client.GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}");

        Assert.Equal("case-4711", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task Development_tokens_name_the_bad_field()
    {
        await using var gateway = Gateway("Development");

        var response = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/token", new { role = "Mayor", municipality = "0301" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("role", out _));
    }

    [Fact]
    public async Task A_recipient_passes_the_assessment_route_to_the_service_which_applies_its_own_record_rules()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(TestTokens.For(Roles.Recipient)).GetAsync($"/api/assessment/decisions/{Guid.NewGuid()}");

        // Past the gateway's policy: the request went on to the (absent) service.
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_there_is_no_token_endpoint(string environment)
    {
        await using var gateway = Gateway(environment);

        var response = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/token", new { role = "Admin", municipality = "0301" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_development_gateway_trusting_an_authority_without_a_development_client_has_no_token_endpoint()
    {
        await using var gateway = new ServiceFactory<Program>(
            new Dictionary<string, string>
            {
                ["Authentication:Jwt:Authority"] = "http://127.0.0.1:9",
                ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
            },
            "Development");

        var response = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/token", new { role = "Admin", municipality = "0301" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_is_the_gateways_own_and_stays_healthy_while_a_service_does_not_answer()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(token: null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("assessment", checks);
    }

    [Fact]
    public async Task The_operator_view_names_each_service_that_does_not_answer()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(TestTokens.For(Roles.Operator)).GetAsync("/health/services");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", checks["assessment"]);
        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient(token: null).GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task The_operator_view_is_refused_to_care_staff()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(TestTokens.For(Roles.CaseWorker)).GetAsync("/health/services");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_flood_of_requests_without_a_token_is_limited_per_address()
    {
        await using var gateway = Gateway(permitLimit: 3);
        var anonymous = gateway.CreateClient(token: null);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/assessment/anything")).StatusCode);
        }
        var limited = await anonymous.GetAsync("/api/assessment/anything");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Forged_tokens_count_against_the_callers_address()
    {
        await using var gateway = Gateway(permitLimit: 3);

        for (var i = 0; i < 3; i++)
        {
            var forged = gateway.CreateClient(TestTokens.For(Roles.CaseWorker, subject: $"forged-{i}", signingKey: Convert.ToBase64String(new byte[32])));
            Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/assessment/anything")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await gateway.CreateClient(token: null).GetAsync("/health")).StatusCode);
    }
}
