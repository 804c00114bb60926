using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Assessment.Tests;

/// <summary>The endpoints every service host has from ServiceDefaults, checked on Assessment.</summary>
public sealed class HostEndpointsTests : IAsyncLifetime
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

    [Fact]
    public async Task The_OpenAPI_document_names_every_operation()
    {
        var document = await _factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();
        Assert.Contains("RegisterRecipient", operations);
        Assert.Contains("GetRecipient", operations);
        Assert.Contains("ReplayDeadLetters", operations);
    }

    [Fact]
    public async Task Health_lists_the_database_the_broker_and_Redis()
    {
        var client = _factory.CreateClient(token: null);
        Assert.True(await Eventually.UntilAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK));

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        var checks = health.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("assessmentdb", checks);
        Assert.Contains("masstransit-bus", checks);
        Assert.Contains("redis", checks);
    }

    [Fact]
    public async Task Liveness_checks_only_the_process()
    {
        var alive = await _factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/alive");

        Assert.Equal("self", Assert.Single(alive.GetProperty("checks").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_an_admin_may_see_dead_letters()
    {
        var caseWorker = await _factory.CreateClient(TestTokens.For(Roles.CaseWorker)).GetAsync("/admin/dead-letters/assessment-anything");
        var admin = await _factory.CreateClient(TestTokens.For(Roles.Admin)).GetAsync("/admin/dead-letters/Not%20A%20Queue");

        Assert.Equal(HttpStatusCode.Forbidden, caseWorker.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
        var errors = (await admin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("queue", out _));
    }
}
