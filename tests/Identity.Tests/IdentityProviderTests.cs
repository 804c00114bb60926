using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CareServices.Identity.Tests;

/// <summary>The provider's discovery, its grants, and the tokens it issues as the gateway and services read them.</summary>
public sealed class IdentityProviderTests(IdentityProvider provider) : IClassFixture<IdentityProvider>
{
    [Fact]
    public async Task Discovery_names_the_token_endpoint_and_publishes_only_the_public_RSA_key()
    {
        using var http = new HttpClient();

        var discovery = await http.GetFromJsonAsync<JsonElement>($"{provider.Url}/.well-known/openid-configuration");
        var jwks = await http.GetFromJsonAsync<JsonElement>(discovery.GetProperty("jwks_uri").GetString());

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task A_service_gets_a_client_credentials_token_the_gateway_accepts()
    {
        var answer = await provider.TokenAsync(("grant_type", "client_credentials"), ("client_id", "scheduling"), ("client_secret", IdentityProvider.SchedulingSecret));
        await using var gateway = provider.Gateway();

        var response = await gateway.CreateClient(answer.AccessToken).GetAsync("/api/activities/anything");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var token = new JsonWebTokenHandler().ReadJsonWebToken(answer.AccessToken);
        Assert.Equal("scheduling", token.GetClaim(ClaimNames.ClientId).Value);
        Assert.Equal("RS256", token.Alg);
        Assert.Contains("careservices", token.Audiences);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var answer = await provider.TokenAsync(("grant_type", "client_credentials"), ("client_id", "scheduling"), ("client_secret", "guess"));

        Assert.Null(answer.AccessToken);
        Assert.Equal("invalid_client", answer.Error);
    }

    [Fact]
    public async Task A_demo_user_signs_in_and_carries_the_claims_the_services_read()
    {
        var answer = await provider.TokenAsync(
            ("grant_type", "password"), ("client_id", "gateway"), ("client_secret", IdentityProvider.GatewaySecret),
            ("username", "kari.planner"), ("password", IdentityProvider.DemoPassword));

        var token = new JsonWebTokenHandler().ReadJsonWebToken(answer.AccessToken);
        Assert.Equal("Planner", token.GetClaim(ClaimNames.Role).Value);
        Assert.Equal("1848", token.GetClaim(ClaimNames.Municipality).Value);
        Assert.Equal("5b7f4a52-2f57-4f3c-9d0e-0c8f3a1d2e11", token.GetClaim(ClaimNames.StaffId).Value);
    }

    [Fact]
    public async Task A_demo_user_with_a_wrong_password_gets_no_token()
    {
        var answer = await provider.TokenAsync(
            ("grant_type", "password"), ("client_id", "gateway"), ("client_secret", IdentityProvider.GatewaySecret),
            ("username", "kari.planner"), ("password", "guess"));

        Assert.Null(answer.AccessToken);
        Assert.Equal("invalid_grant", answer.Error);
    }

    [Fact]
    public async Task A_client_not_allowed_development_tokens_gets_none()
    {
        var answer = await provider.TokenAsync(
            ("grant_type", GrantTypes.Development), ("client_id", "scheduling"), ("client_secret", IdentityProvider.SchedulingSecret),
            ("role", "Admin"), ("municipality", "0301"));

        Assert.Null(answer.AccessToken);
        Assert.Equal("unauthorized_client", answer.Error);
    }

    [Fact]
    public async Task Development_tokens_come_from_the_provider_and_pass_the_gateway()
    {
        await using var gateway = provider.Gateway("Development");

        var issued = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/token", new { role = "CaseWorker", municipality = "0301" });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var read = new JsonWebTokenHandler().ReadJsonWebToken(token);
        Assert.Equal("CaseWorker", read.GetClaim(ClaimNames.Role).Value);
        Assert.Equal("0301", read.GetClaim(ClaimNames.Municipality).Value);
        Assert.Equal(HttpStatusCode.BadGateway, (await gateway.CreateClient(token).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_development_recipient_token_carries_the_recipient_it_speaks_for()
    {
        await using var gateway = provider.Gateway("Development");
        var recipient = Guid.NewGuid();

        var issued = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/token", new { role = "Recipient", municipality = "1848", recipientId = recipient });

        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        Assert.Equal(recipient.ToString(), new JsonWebTokenHandler().ReadJsonWebToken(token).GetClaim(ClaimNames.RecipientId).Value);
    }

    [Fact]
    public async Task A_demo_user_signs_in_through_the_development_gateway_and_the_token_passes_it()
    {
        await using var gateway = provider.Gateway("Development");

        var signedIn = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/sign-in", new { userName = "kari.planner", password = IdentityProvider.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var read = new JsonWebTokenHandler().ReadJsonWebToken(token);
        Assert.Equal(("kari.planner", "Planner", "5b7f4a52-2f57-4f3c-9d0e-0c8f3a1d2e11"),
            (read.Subject, read.GetClaim(ClaimNames.Role).Value, read.GetClaim(ClaimNames.StaffId).Value));
        Assert.Equal(HttpStatusCode.BadGateway, (await gateway.CreateClient(token).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_demo_password_at_the_gateway_is_401_and_a_missing_user_name_is_400_naming_it()
    {
        await using var gateway = provider.Gateway("Development");
        var client = gateway.CreateClient(token: null);

        var wrong = await client.PostAsJsonAsync("/dev/sign-in", new { userName = "kari.planner", password = "guess" });
        var missing = await client.PostAsJsonAsync("/dev/sign-in", new { password = IdentityProvider.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task Outside_Development_the_gateway_has_no_demo_sign_in()
    {
        await using var gateway = provider.Gateway("Production");

        var response = await gateway.CreateClient(token: null).PostAsJsonAsync("/dev/sign-in", new { userName = "kari.planner", password = IdentityProvider.DemoPassword });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
