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
    private ServiceFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _servers = await IsolatedServers.CreateAsync();
        _factory = new ServiceFactory<Program>(new Dictionary<string, string>
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
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        Assert.True(await Eventually.UntilAsync(async () =>
            await db.Set<ServiceDefaults.Outbox.InboxMessage>().CountAsync(m => m.MessageId == registered.EventId) == 1));
        Assert.Equal(1, await db.Recipients.CountAsync(r => r.Id == registered.RecipientId));
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
