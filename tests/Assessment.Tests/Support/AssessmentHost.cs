using System.Net.Http.Headers;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Assessment.Tests.Support;

/// <summary>
/// One Assessment host per test class (xunit class fixture) on the class's own database and virtual host, with a
/// recorder of the events it publishes. Tests create their own recipients, so they do not depend on each other.
/// </summary>
public class AssessmentHost : IAsyncLifetime
{
    public IsolatedServers Servers { get; private set; } = null!;
    private ServiceFactory<Program> _root = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public PublishedEvents Events { get; private set; } = null!;

    /// <summary>Extra configuration for a class's host (e.g. a fixed clock is not configuration; see the tests).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>What the class's database holds before the service first starts (rows an earlier release wrote, say).</summary>
    protected virtual Task PrepareDatabaseAsync(string connectionString) => Task.CompletedTask;

    /// <summary>The class's own Assessment database, for tests that read its tables as they are stored.</summary>
    public string DatabaseConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Servers = await IsolatedServers.CreateAsync();
        Events = await PublishedEvents.StartAsync(Servers.RabbitMq, EventTypes);
        DatabaseConnectionString = Servers.Database("assessmentdb");
        await PrepareDatabaseAsync(DatabaseConnectionString);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:assessmentdb"] = DatabaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = Servers.RabbitMq,
            ["ConnectionStrings:redis"] = Servers.Redis,
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        _root = new ServiceFactory<Program>(settings);
        Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(ConfigureServices));
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

    /// <summary>The event types the recorder binds.</summary>
    public static Type[] EventTypes { get; } =
    [
        typeof(RecipientRegistered), typeof(RecipientUpdated), typeof(RecipientUpdatedV2), typeof(DecisionGranted), typeof(DecisionChanged),
        typeof(DecisionTerminated), typeof(DecisionExpiring), typeof(DecisionAppealed), typeof(AppealDecided),
        typeof(CaseWorkerAssigned),
    ];

    public HttpClient Client(string role, string municipality = "1848", string? subject = null, Guid? staffId = null) =>
        WithToken(TestTokens.For(role, municipality, subject, staffId: staffId));

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A Recipient-role client whose token links the user to <paramref name="recipientId"/>.</summary>
    public HttpClient RecipientClient(Guid recipientId, string municipality = "1848") =>
        WithToken(TestTokens.For(Roles.Recipient, municipality, $"citizen-{recipientId:N}", recipientId: recipientId));

    private HttpClient WithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The keyed hash the service stores for <paramref name="nationalId"/> (canonical form) in <paramref name="municipality"/>.</summary>
    public string NationalIdHash(string nationalId, string municipality = "1848") =>
        Factory.Services.GetRequiredService<NationalIdProtector>().Hash(municipality, nationalId);

    public async Task<T> WithDbAsync<T>(Func<AssessmentDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AssessmentDbContext>());
    }
}
