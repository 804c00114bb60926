using System.Net.Http.Headers;
using CareServices.Contracts;
using CareServices.Contracts.Documentation;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareServices.Documentation.Tests.Support;

/// <summary>
/// One Documentation host per test class on the class's own database and virtual host, with a clock the tests
/// move and a recorder of the events the service publishes. Tests make their own recipients and staff.
/// </summary>
public sealed class DocumentationHost : IAsyncLifetime
{
    private ServiceFactory<Program> _root = null!;

    public IsolatedServers Servers { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public PublishedEvents Events { get; private set; } = null!;
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public static Type[] EventTypes { get; } =
        [typeof(VisitDocumented), typeof(ConditionChangeReported), typeof(ImplementationPlanApproved), typeof(DeviationReported)];

    public async Task InitializeAsync()
    {
        Servers = await IsolatedServers.CreateAsync();
        Events = await PublishedEvents.StartAsync(Servers.RabbitMq, EventTypes);
        _root = new ServiceFactory<Program>(new Dictionary<string, string>
        {
            ["ConnectionStrings:documentationdb"] = Servers.Database("documentationdb"),
            ["ConnectionStrings:rabbitmq"] = Servers.RabbitMq,
            ["ConnectionStrings:redis"] = Servers.Redis,
        });
        Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        }));
        _ = Factory.Server;
        await Factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
        await Events.DisposeAsync();
        await Servers.DisposeAsync();
    }

    public HttpClient Client(string? token)
    {
        var client = Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>Publishes <paramref name="events"/> as another service would and waits until Documentation applied each.</summary>
    public async Task DeliverAsync(params IntegrationEvent[] events)
    {
        var bus = Factory.Services.GetRequiredService<IBus>();
        foreach (var e in events)
        {
            await bus.Publish(e, e.GetType(), context => context.MessageId = e.EventId);
        }
        var ids = events.Select(e => e.EventId).ToArray();
        Assert.True(await Eventually.UntilAsync(async () =>
            await WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => ids.Contains(m.MessageId))) >= ids.Length),
            "Documentation did not apply every event in time");
    }

    public async Task<T> WithDbAsync<T>(Func<DocumentationDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<DocumentationDbContext>());
    }
}
