using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using CareServices.Assessment.Tests.Support;
using CareServices.TestSupport;

namespace CareServices.Assessment.Tests;

/// <summary>The endpoints every service host has from ServiceDefaults, checked on Assessment.</summary>
public sealed class HostEndpointsTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task The_OpenAPI_document_names_every_operation()
    {
        var document = await host.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

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
        var client = host.Anonymous();
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
        var alive = await host.Anonymous().GetFromJsonAsync<JsonElement>("/alive");

        Assert.Equal("self", Assert.Single(alive.GetProperty("checks").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_an_admin_may_see_dead_letters()
    {
        var caseWorker = await host.Client(Roles.CaseWorker).GetAsync("/admin/dead-letters/assessment-anything");
        var admin = await host.Client(Roles.Admin).GetAsync("/admin/dead-letters/Not%20A%20Queue");

        Assert.Equal(HttpStatusCode.Forbidden, caseWorker.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
        var errors = (await admin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("queue", out _));
    }
}
