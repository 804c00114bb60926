using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Scheduling.Tests;

public sealed class RecipientReadModelTests : IAsyncLifetime
{
    private IsolatedServers _servers = null!;
    private ServiceFactory<SchedulingDbContext> _factory = null!;

    public async Task InitializeAsync()
    {
        _servers = await IsolatedServers.CreateAsync();
        _factory = new ServiceFactory<SchedulingDbContext>(new Dictionary<string, string>
        {
            ["ConnectionStrings:schedulingdb"] = _servers.Database("schedulingdb"),
            ["ConnectionStrings:rabbitmq"] = _servers.RabbitMq,
            ["ConnectionStrings:redis"] = _servers.Redis,
        });
        _ = _factory.Server;
        await _factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _servers.DisposeAsync();
    }

    private static RecipientRegistered Registered(string municipality = "1848") => new()
    {
        OccurredAt = DateTimeOffset.UtcNow,
        MunicipalityId = municipality,
        RecipientId = Guid.NewGuid(),
        Name = "Ola Nordmann",
        BirthDate = new DateOnly(1935, 2, 3),
        Address = new RecipientAddress { Street = "Fjordveien 2", PostalCode = "8286", City = "Nordfold", Latitude = 67.76, Longitude = 15.19 },
        Zone = "Nordfold",
        PreferredLanguage = "nb",
    };

    [Fact]
    public async Task A_registered_recipient_appears_in_the_read_model_once_even_when_the_event_arrives_twice()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var registered = Registered();
        await bus.Publish(registered, context => context.MessageId = registered.EventId);
        await bus.Publish(registered, context => context.MessageId = registered.EventId);
        var client = _factory.CreateClient(TestTokens.For(Roles.Planner));

        Assert.True(await Eventually.UntilAsync(async () =>
            (await client.GetAsync($"/api/scheduling/recipients/{registered.RecipientId}")).StatusCode == HttpStatusCode.OK));

        var recipient = await client.GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{registered.RecipientId}");
        Assert.Equal("Nordfold", recipient.GetProperty("zone").GetString());
        Assert.Equal(67.76, recipient.GetProperty("latitude").GetDouble());
        Assert.Equal("applicant", recipient.GetProperty("status").GetString());
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        Assert.True(await Eventually.UntilAsync(async () =>
            await db.Set<ServiceDefaults.Outbox.InboxMessage>().CountAsync(m => m.MessageId == registered.EventId) == 1));
        Assert.Equal(1, await db.Recipients.CountAsync(r => r.Id == registered.RecipientId));
    }

    private static RecipientUpdated Updated(RecipientRegistered registered, string zone, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        MunicipalityId = registered.MunicipalityId,
        RecipientId = registered.RecipientId,
        Changes = ["address", "zone"],
        Name = registered.Name,
        BirthDate = registered.BirthDate,
        Address = new RecipientAddress { Street = "Leirangveien 9", PostalCode = "8294", City = "Leiranger", Latitude = 67.80, Longitude = 14.98 },
        Zone = zone,
        PreferredLanguage = "en",
        Status = "active",
        LivesAlone = true,
        HomeNotes = new RecipientHomeNotes { Smoking = false },
        KeyArrangement = "none",
        WelfareTechnology = [],
        InformedResourcePersons = [],
    };

    private async Task<JsonElement?> ReadAsync(Guid id)
    {
        using var response = await _factory.CreateClient(TestTokens.For(Roles.Planner)).GetAsync($"/api/scheduling/recipients/{id}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    private async Task<bool> InboxHoldsAsync(Guid messageId)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        return await db.Set<ServiceDefaults.Outbox.InboxMessage>().AnyAsync(m => m.MessageId == messageId);
    }

    [Fact]
    public async Task A_newer_update_replaces_the_address_and_zone_and_an_older_one_arriving_late_changes_nothing()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var registered = Registered();
        await bus.Publish(registered, context => context.MessageId = registered.EventId);
        Assert.True(await Eventually.UntilAsync(async () => await ReadAsync(registered.RecipientId) is not null));

        var newer = Updated(registered, "Leiranger", registered.OccurredAt.AddMinutes(10));
        await bus.Publish(newer, context => context.MessageId = newer.EventId);
        Assert.True(await Eventually.UntilAsync(async () => (await ReadAsync(registered.RecipientId))?.GetProperty("zone").GetString() == "Leiranger"));
        var older = Updated(registered, "Nord-Steigen", registered.OccurredAt.AddMinutes(5));
        await bus.Publish(older, context => context.MessageId = older.EventId);
        Assert.True(await Eventually.UntilAsync(() => InboxHoldsAsync(older.EventId)));

        var recipient = (await ReadAsync(registered.RecipientId))!.Value;
        Assert.Equal("Leiranger", recipient.GetProperty("zone").GetString());
        Assert.Equal("Leirangveien 9", recipient.GetProperty("street").GetString());
        Assert.Equal(67.80, recipient.GetProperty("latitude").GetDouble());
        Assert.Equal("en", recipient.GetProperty("preferredLanguage").GetString());
        Assert.Equal("active", recipient.GetProperty("status").GetString());
        // PostgreSQL keeps microseconds.
        Assert.Equal(newer.OccurredAt.UtcTicks / 10, recipient.GetProperty("asOf").GetDateTimeOffset().UtcTicks / 10);
    }

    [Fact]
    public async Task An_update_that_overtakes_the_registration_is_applied_once_the_registration_has_landed()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var registered = Registered();
        var updated = Updated(registered, "Leiranger", registered.OccurredAt.AddMinutes(1));

        await bus.Publish(updated, context => context.MessageId = updated.EventId);
        await bus.Publish(registered, context => context.MessageId = registered.EventId);

        Assert.True(await Eventually.UntilAsync(async () => (await ReadAsync(registered.RecipientId))?.GetProperty("zone").GetString() == "Leiranger"),
            $"the update was not applied: {await ReadAsync(registered.RecipientId)}");
        Assert.True(await InboxHoldsAsync(updated.EventId));
    }

    private static RecipientUpdatedV2 UpdatedV2(RecipientRegistered registered, string zone, DateTimeOffset occurredAt, int version) => new()
    {
        OccurredAt = occurredAt,
        MunicipalityId = registered.MunicipalityId,
        RecipientId = registered.RecipientId,
        Changes = ["zone"],
        Name = registered.Name,
        BirthDate = registered.BirthDate,
        Address = registered.Address,
        Zone = zone,
        PreferredLanguage = "nb",
        Status = "active",
        InformedResourcePersons = [],
        AggregateVersion = version,
    };

    [Fact]
    public async Task During_a_rolling_deploy_v1_and_v2_updates_both_apply_and_the_higher_version_wins_whichever_arrives_last()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var registered = Registered() with { AggregateVersion = 1 };
        await bus.Publish(registered, context => context.MessageId = registered.EventId);
        Assert.True(await Eventually.UntilAsync(async () => await ReadAsync(registered.RecipientId) is not null));

        // An earlier Assessment's v1 (version 2) and this release's v2 (version 3): v2 first, the late v1 after it.
        var v2 = UpdatedV2(registered, "Leiranger", registered.OccurredAt.AddMinutes(10), version: 3);
        await bus.Publish(v2, context => context.MessageId = v2.EventId);
        Assert.True(await Eventually.UntilAsync(async () => (await ReadAsync(registered.RecipientId))?.GetProperty("zone").GetString() == "Leiranger"));
        var v1 = Updated(registered, "Nord-Steigen", registered.OccurredAt.AddMinutes(5)) with { AggregateVersion = 2 };
        await bus.Publish(v1, context => context.MessageId = v1.EventId);
        Assert.True(await Eventually.UntilAsync(() => InboxHoldsAsync(v1.EventId)));

        Assert.Equal("Leiranger", (await ReadAsync(registered.RecipientId))!.Value.GetProperty("zone").GetString());
        Assert.True(await InboxHoldsAsync(v2.EventId));
    }

    [Fact]
    public async Task Staff_of_another_municipality_do_not_see_the_recipient()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var registered = Registered("1848");
        await bus.Publish(registered, context => context.MessageId = registered.EventId);
        var own = _factory.CreateClient(TestTokens.For(Roles.Planner, municipality: "1848"));
        Assert.True(await Eventually.UntilAsync(async () =>
            (await own.GetAsync($"/api/scheduling/recipients/{registered.RecipientId}")).StatusCode == HttpStatusCode.OK));

        var other = await _factory.CreateClient(TestTokens.For(Roles.Planner, municipality: "0301"))
            .GetAsync($"/api/scheduling/recipients/{registered.RecipientId}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_relative_may_not_read_scheduling_data()
    {
        var response = await _factory.CreateClient(TestTokens.For(Roles.Relative)).GetAsync($"/api/scheduling/recipients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
