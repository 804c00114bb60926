using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
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

    [Fact]
    public async Task An_operator_sees_a_parked_outbox_message_with_the_events_waiting_behind_it_and_can_discard_it()
    {
        var aggregate = $"parked-{Guid.NewGuid():N}";
        var parked = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await host.WithDbAsync(async db =>
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = parked, AggregateId = aggregate, MessageType = "urn:message:careservices:tests:nothing:v1", Payload = "{}",
                CreatedAt = now, Attempts = 10, LastError = "RabbitMQ refused it", ParkedAt = now,
            });
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), AggregateId = aggregate, MessageType = "urn:message:careservices:tests:nothing:v1",
                Destination = "CareServices.Tests:Nothing", Payload = "{}", CreatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
        // Outbox rows are not filed by municipality: only a platform Operator sees them, not a municipality's Admin.
        var admin = host.Client(Roles.Operator);

        var forbidden = await host.Client(Roles.Admin).GetAsync("/admin/dead-letters/outbox");
        var listed = await admin.GetFromJsonAsync<JsonElement>("/admin/dead-letters/outbox");
        var invalid = await admin.DeleteAsync("/admin/dead-letters/outbox/not-a-guid");
        var discarded = await admin.DeleteAsync($"/admin/dead-letters/outbox/{parked}");
        var after = await admin.GetFromJsonAsync<JsonElement>("/admin/dead-letters/outbox");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var row = Assert.Single(listed.EnumerateArray(), r => r.GetProperty("messageId").GetGuid() == parked);
        Assert.Equal(10, row.GetProperty("attempts").GetInt32());
        Assert.Equal("RabbitMQ refused it", row.GetProperty("lastError").GetString());
        Assert.Equal(1, row.GetProperty("waitingBehind").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("messageId", out _));
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.DoesNotContain(after.EnumerateArray(), r => r.GetProperty("messageId").GetGuid() == parked);
    }
}
