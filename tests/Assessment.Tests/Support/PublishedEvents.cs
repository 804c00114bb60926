using System.Collections.Concurrent;
using CareServices.Contracts;
using CareServices.ServiceDefaults.Messaging;
using MassTransit;

namespace CareServices.Assessment.Tests.Support;

/// <summary>
/// A consumer of the test class's own RabbitMQ virtual host that records every Assessment event it receives, so
/// tests see what really went over the broker (not just what the outbox holds).
/// </summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Guid? MessageId, IntegrationEvent Event)> _received = new();
    private IBusControl _bus = null!;

    public static async Task<PublishedEvents> StartAsync(string rabbitMq, params Type[] eventTypes)
    {
        var events = new PublishedEvents();
        var broker = RabbitMqAddress.Parse(rabbitMq);
        events._bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint("assessment-tests-published-events", endpoint =>
            {
                foreach (var type in eventTypes)
                {
                    typeof(PublishedEvents).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                        .MakeGenericMethod(type).Invoke(events, [endpoint]);
                }
            });
        });
        await events._bus.StartAsync();
        return events;
    }

    public IReadOnlyList<T> Of<T>() where T : IntegrationEvent => _received.Select(r => r.Event).OfType<T>().ToList();

    public IReadOnlyList<Guid?> MessageIds<T>() where T : IntegrationEvent => _received.Where(r => r.Event is T).Select(r => r.MessageId).ToList();

    /// <summary>Waits until <paramref name="count"/> matching events arrived (and returns them).</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1) where T : IntegrationEvent
    {
        await TestSupport.Eventually.UntilAsync(() => Task.FromResult(Of<T>().Count(match) >= count));
        return Of<T>().Where(match).ToList();
    }

    /// <summary>Publishes an event of another service on the class's virtual host, as that service would.</summary>
    public Task PublishAsync<T>(T message) where T : class => _bus.Publish(message);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private void Record<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((context.MessageId, (IntegrationEvent)(object)context.Message));
            return Task.CompletedTask;
        });
}
