using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Assessment.Tests;

public sealed class RecipientsApiTests : IAsyncLifetime
{
    private IsolatedServers _servers = null!;
    private ServiceFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _servers = await IsolatedServers.CreateAsync();
        _factory = new ServiceFactory<Program>(new Dictionary<string, string>
        {
            ["ConnectionStrings:assessmentdb"] = _servers.Database("assessmentdb"),
            ["ConnectionStrings:rabbitmq"] = _servers.RabbitMq,
            ["ConnectionStrings:redis"] = _servers.Redis,
        });
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _servers.DisposeAsync();
    }

    private static object ValidRequest(string nationalId) => new
    {
        name = "Kari Nordmann",
        birthDate = "1938-05-17",
        nationalId,
        address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
        zone = "Nord-Steigen",
        preferredLanguage = "nb",
    };

    [Fact]
    public async Task Registering_a_recipient_stores_it_and_writes_RecipientRegistered_to_the_outbox()
    {
        var client = _factory.CreateClient(TestTokens.For(Roles.CaseWorker));

        var response = await client.PostAsJsonAsync("/api/assessment/recipients", ValidRequest(Fnr.Make("170538", "100")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("applicant", created.GetProperty("status").GetString());
        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{id}");
        Assert.Equal("Kari Nordmann", fetched.GetProperty("name").GetString());

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var outbox = await db.Set<OutboxMessage>().Where(m => m.AggregateId == id.ToString()).ToListAsync();
        var message = Assert.Single(outbox);
        Assert.StartsWith("CareServices.Contracts.Assessment.RecipientRegistered,", message.MessageType, StringComparison.Ordinal);
        Assert.DoesNotContain(Fnr.Make("170538", "100"), message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        var response = await _factory.CreateClient(token: null).PostAsJsonAsync("/api/assessment/recipients", ValidRequest(Fnr.Make("170538", "100")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_with_401()
    {
        var forged = TestTokens.For(Roles.CaseWorker, signingKey: Convert.ToBase64String(new byte[32]));

        var response = await _factory.CreateClient(forged).GetAsync($"/api/assessment/recipients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_care_worker_may_not_register_recipients()
    {
        var response = await _factory.CreateClient(TestTokens.For(Roles.CareWorker))
            .PostAsJsonAsync("/api/assessment/recipients", ValidRequest(Fnr.Make("170538", "100")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_invalid_national_id_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var client = _factory.CreateClient(TestTokens.For(Roles.CaseWorker));

        var response = await client.PostAsJsonAsync("/api/assessment/recipients", ValidRequest("17053810161"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rule = problem.GetProperty("errors").GetProperty("nationalId")[0].GetString();
        Assert.Equal("check digits do not match (mod 11)", rule);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        Assert.Equal(0, await db.Recipients.CountAsync());
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync());
    }

    [Fact]
    public async Task Missing_fields_are_each_named_with_their_rule()
    {
        var response = await _factory.CreateClient(TestTokens.For(Roles.CaseWorker)).PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "",
            birthDate = "1938-05-17",
            nationalId = Fnr.Make("170538", "100"),
            address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 95.0, longitude = 15.12 },
            zone = "Nord-Steigen",
            preferredLanguage = "xx",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("address.latitude", out _));
        Assert.True(errors.TryGetProperty("preferredLanguage", out _));
        Assert.False(errors.TryGetProperty("nationalId", out _));
    }

    [Fact]
    public async Task A_national_id_that_does_not_match_the_birth_date_is_rejected()
    {
        var response = await _factory.CreateClient(TestTokens.For(Roles.CaseWorker))
            .PostAsJsonAsync("/api/assessment/recipients", ValidRequest(Fnr.Make("180538", "100")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("does not match birthDate", errors.GetProperty("nationalId")[0].GetString());
    }

    [Fact]
    public async Task Registering_the_same_national_id_twice_is_a_409_and_publishes_nothing_more()
    {
        var client = _factory.CreateClient(TestTokens.For(Roles.CaseWorker));
        var nationalId = Fnr.Make("170538", "200");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/assessment/recipients", ValidRequest(nationalId))).StatusCode);

        var second = await client.PostAsJsonAsync("/api/assessment/recipients", ValidRequest(nationalId));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        Assert.Equal(1, await db.Recipients.CountAsync(r => r.NationalId == nationalId));
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync());
    }

    [Fact]
    public async Task A_recipient_of_another_municipality_is_not_found()
    {
        var created = await _factory.CreateClient(TestTokens.For(Roles.CaseWorker, municipality: "1848"))
            .PostAsJsonAsync("/api/assessment/recipients", ValidRequest(Fnr.Make("170538", "300")));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await _factory.CreateClient(TestTokens.For(Roles.CaseWorker, municipality: "0301")).GetAsync($"/api/assessment/recipients/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
