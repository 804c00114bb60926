using System.Net.Http.Headers;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Activities.Tests.Support;

/// <summary>
/// One Activities host per test class (xunit class fixture) on the class's own database and virtual host, with a
/// clock tests can move forward and a recorder of the events it publishes.
/// </summary>
public sealed class ActivitiesHost : IAsyncLifetime
{
    private ServiceFactory<Program> _root = null!;

    public IsolatedServers Servers { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public PublishedEvents Events { get; private set; } = null!;
    public TestClock Clock { get; } = new();

    public static Type[] EventTypes { get; } =
    [
        typeof(ActivityPublished), typeof(ActivityChanged), typeof(ActivityCancelled), typeof(RecipientSignedUp),
        typeof(SignUpCancelled), typeof(VolunteerMatched), typeof(TransportArranged), typeof(InterestChecklistDue),
    ];

    public async Task InitializeAsync()
    {
        Servers = await IsolatedServers.CreateAsync();
        Events = await PublishedEvents.StartAsync(Servers.RabbitMq, EventTypes);
        _root = new ServiceFactory<Program>(new Dictionary<string, string>
        {
            ["ConnectionStrings:activitiesdb"] = Servers.Database("activitiesdb"),
            ["ConnectionStrings:rabbitmq"] = Servers.RabbitMq,
            ["ConnectionStrings:redis"] = Servers.Redis,
            // The tests run the due-list scan themselves.
            ["Activities:ChecklistDueScan:Enabled"] = "false",
        });
        Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
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

    public HttpClient Client(string role, string municipality = "1848") => WithToken(TestTokens.For(role, municipality));

    public HttpClient Coordinator(string municipality = "1848") => Client(Roles.VolunteerCoordinator, municipality);

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A Recipient-role client whose token links the user to <paramref name="recipientId"/>.</summary>
    public HttpClient RecipientClient(Guid recipientId, string municipality = "1848") =>
        WithToken(TestTokens.For(Roles.Recipient, municipality, $"citizen-{recipientId:N}", recipientId: recipientId));

    /// <summary>Publishes <paramref name="message"/> as another service would and waits until Activities applied it.</summary>
    public async Task DeliverAsync(Contracts.IntegrationEvent message)
    {
        await Factory.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = message.EventId);
        Assert.True(await Eventually.UntilAsync(() =>
            WithDbAsync(db => db.Set<ServiceDefaults.Outbox.InboxMessage>().AnyAsync(m => m.MessageId == message.EventId))));
    }

    public async Task<T> WithDbAsync<T>(Func<ActivitiesDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>());
    }

    /// <summary>Puts a recipient into the read model, as Assessment's RecipientRegistered would.</summary>
    public async Task<Guid> RecipientAsync(string zone = "Leiranger", double latitude = 67.78, double longitude = 15.05, string municipality = "1848", string name = "Test Recipient")
    {
        var id = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            db.Recipients.Add(Recipient.Registered(id, municipality, name, new DateOnly(1940, 5, 1), zone, "nb", latitude, longitude, Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private HttpClient WithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
