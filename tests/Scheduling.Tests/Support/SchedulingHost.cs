using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts;
using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>
/// Scheduling hosted in-process on private real servers (its own database and virtual host; Redis keys carry
/// unique zones), with a clock the test controls. <paramref name="prepare"/> may start other hosts on the same
/// servers first and add settings; <paramref name="tokens"/> replaces the test authority's tokens (role,
/// municipality, staff id → bearer token) when the host trusts another authority.
/// </summary>
public sealed class SchedulingHost(
    Func<IsolatedServers, Task<IReadOnlyDictionary<string, string>>>? prepare = null,
    Func<string, string, Guid?, string>? tokens = null,
    Action<IServiceCollection>? configureServices = null) : IAsyncLifetime
{
    /// <summary>Monday 23 March 2026, 06:00 in Oslo: the week before the change to summer time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 23, 5, 0, 0, TimeSpan.Zero);

    private IsolatedServers _servers = null!;

    public ManualClock Clock { get; } = new(Start);

    public Factory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _servers = await IsolatedServers.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:schedulingdb"] = _servers.Database("schedulingdb"),
            ["ConnectionStrings:rabbitmq"] = _servers.RabbitMq,
            ["ConnectionStrings:redis"] = _servers.Redis,
        };
        foreach (var (key, value) in prepare is null ? new Dictionary<string, string>() : await prepare(_servers))
        {
            settings[key] = value;
        }
        App = new Factory(settings, Clock, configureServices);
        _ = App.Server;
        await App.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _servers.DisposeAsync();
    }

    public HttpClient Client(string role = Roles.Planner, string municipality = "1848", Guid? staffId = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens is null ? TestTokens.For(role, municipality, staffId: staffId) : tokens(role, municipality, staffId));
        return client;
    }

    public async Task PublishAsync<T>(T message) where T : IntegrationEvent
    {
        await App.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);
    }

    public async Task<T> InDbAsync<T>(Func<SchedulingDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }

    public Task<int> OutboxCountAsync<TEvent>(Func<string, bool>? payload = null) => InDbAsync(async db =>
    {
        var messageType = ContractRoute.For(typeof(TEvent)).MessageType;
        var rows = await db.Set<OutboxMessage>().Where(m => m.MessageType == messageType).Select(m => m.Payload).ToListAsync();
        return rows.Count(p => payload is null || payload(p));
    });

    /// <summary>Registers a recipient in Scheduling's read model through the event Assessment publishes, and waits for it.</summary>
    public async Task<Guid> RegisterRecipientAsync(string zone, double latitude, double longitude, string municipality = "1848", string language = "nb")
    {
        var registered = new RecipientRegistered
        {
            OccurredAt = Clock.GetUtcNow(),
            MunicipalityId = municipality,
            RecipientId = Guid.NewGuid(),
            Name = $"Mottaker {Guid.NewGuid().ToString()[..4]}",
            BirthDate = new DateOnly(1940, 1, 1),
            Address = new RecipientAddress { Street = "Fjordveien 1", PostalCode = "8286", City = "Nordfold", Latitude = latitude, Longitude = longitude },
            Zone = zone,
            PreferredLanguage = language,
        };
        await PublishAsync(registered);
        Assert.True(await Eventually.UntilAsync(() => InDbAsync(db => db.Recipients.AnyAsync(r => r.Id == registered.RecipientId))));
        return registered.RecipientId;
    }

    public async Task<Guid> RegisterStaffAsync(string zone, string[] competences, string name = "Kari", string[]? languages = null, string municipality = "1848")
    {
        var response = await Client(municipality: municipality).PostAsJsonAsync("/api/scheduling/staff", new
        {
            name,
            competences,
            zone,
            employmentPercentage = 100,
            languages = languages ?? ["nb"],
            transportMode = "car",
            baseLatitude = 67.78,
            baseLongitude = 15.20,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task RosterAsync(Guid staffId, DateOnly date, string template = "day")
    {
        var response = await Client().PostAsJsonAsync($"/api/scheduling/staff/{staffId}/shifts", new { shifts = new[] { new { date, template } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Starts a plan and waits until it has finished; returns its JSON.</summary>
    public async Task<JsonElement> PlanAsync(string zone, DateOnly date, int timeLimitSeconds = 2)
    {
        var response = await Client().PostAsJsonAsync("/api/scheduling/plans", new { zone, date, timeLimitSeconds });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var planId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planIds")[0].GetGuid();
        return await WaitForPlanAsync(planId);
    }

    public async Task<JsonElement> WaitForPlanAsync(Guid planId)
    {
        JsonElement plan = default;
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            plan = await Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/plans/{planId}");
            return plan.GetProperty("status").GetString() is "done" or "failed" or "published";
        }, TimeSpan.FromSeconds(120)));
        Assert.Equal("done", plan.GetProperty("status").GetString() is "failed" ? plan.GetProperty("error").GetString() : "done");
        return plan;
    }

    public sealed class Factory(IReadOnlyDictionary<string, string> settings, TimeProvider clock, Action<IServiceCollection>? configureServices)
        : WebApplicationFactory<SchedulingDbContext>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in TestTokens.Settings.Concat(settings))
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(clock);
                configureServices?.Invoke(services);
            });
        }
    }
}
