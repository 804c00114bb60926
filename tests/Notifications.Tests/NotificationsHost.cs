using System.Net.Http.Headers;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareServices.Notifications.Tests;

/// <summary>
/// The Notifications service in-process against the real servers and the real local sink, on a controlled clock
/// that starts at a weekday morning in Oslo. Delivery retries fast so that failure paths finish in seconds.
/// </summary>
public sealed class NotificationsHost : IAsyncDisposable
{
    /// <summary>Monday 7 December 2026, 10:00 in Oslo: outside the default SMS quiet hours.</summary>
    public static readonly DateTimeOffset Morning = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();

    private readonly IReadOnlyDictionary<string, string> _configuration;

    private NotificationsHost(IsolatedServers servers, LocalSink sink, WebApplicationFactory<Program> factory, FakeTimeProvider clock, IReadOnlyDictionary<string, string> configuration)
    {
        _configuration = configuration;
        Servers = servers;
        Sink = sink;
        Factory = factory;
        Clock = clock;
    }

    public IsolatedServers Servers { get; }
    public LocalSink Sink { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public FakeTimeProvider Clock { get; }
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    /// <summary>A host on private servers and a controlled clock; <paramref name="services"/> may change what it runs.</summary>
    public static async Task<NotificationsHost> StartAsync(
        bool sinkRunning = true, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var servers = await IsolatedServers.CreateAsync();
        var sink = await LocalSink.CreateAsync(sinkRunning);
        var clock = new FakeTimeProvider(Morning);
        var configuration = new Dictionary<string, string>
        {
            ["ConnectionStrings:notificationsdb"] = servers.Database("notificationsdb"),
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq,
            ["ConnectionStrings:redis"] = servers.Redis,
            ["ConnectionStrings:smtp"] = sink.SmtpConnectionString,
            ["Notifications:Delivery:PollInterval"] = "00:00:00.050",
            ["Notifications:Delivery:FirstRetryDelay"] = "00:00:01",
            ["Notifications:Delivery:MaxRetryDelay"] = "00:00:04",
            ["Notifications:Delivery:MaxAttempts"] = "3",
        };
        if (sinkRunning)
        {
            configuration["ConnectionStrings:sms"] = sink.SmsConnectionString;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            configuration[key] = value;
        }
        var factory = new ServiceFactory<Program>(configuration)
            .WithWebHostBuilder(web => web.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                services?.Invoke(s);
            }));
        _ = factory.Server;
        await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return new NotificationsHost(servers, sink, factory, clock, configuration);
    }

    /// <summary>
    /// A second replica of the service on the same servers and clock (the caller disposes it), as a deployment with
    /// several replicas runs; <paramref name="services"/> may change what this replica runs.
    /// </summary>
    public async Task<WebApplicationFactory<Program>> StartReplicaAsync(Action<IServiceCollection>? services = null)
    {
        var replica = new ServiceFactory<Program>(_configuration)
            .WithWebHostBuilder(web => web.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                services?.Invoke(s);
            }));
        _ = replica.Server;
        await replica.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return replica;
    }

    public HttpClient Client(string role, string municipality = "1848", string? subject = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(role, municipality, subject));
        return client;
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : Contracts.IntegrationEvent =>
        Bus.Publish(message, message.GetType(), context => context.MessageId = messageId ?? message.EventId);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Sink.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
