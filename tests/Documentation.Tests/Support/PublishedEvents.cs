using System.Collections.Concurrent;
using CareServices.Contracts;
using CareServices.ServiceDefaults.Messaging;
using MassTransit;

namespace CareServices.Documentation.Tests.Support;

/// <summary>Records every event of the given types that really went over the test class's virtual host, with its message id.</summary>
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
            rabbit.ReceiveEndpoint("documentation-tests-published-events", endpoint =>
            {
                var record = typeof(PublishedEvents).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
                foreach (var type in eventTypes)
                {
                    record.MakeGenericMethod(type).Invoke(events, [endpoint]);
                }
            });
        });
        await events._bus.StartAsync();
        return events;
    }

    public IReadOnlyList<T> Of<T>() where T : IntegrationEvent => _received.Select(r => r.Event).OfType<T>().ToList();

    public IReadOnlyList<Guid?> MessageIds<T>(Func<T, bool> match) where T : IntegrationEvent =>
        _received.Where(r => r.Event is T e && match(e)).Select(r => r.MessageId).ToList();

    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1) where T : IntegrationEvent
    {
        await TestSupport.Eventually.UntilAsync(() => Task.FromResult(Of<T>().Count(match) >= count));
        return Of<T>().Where(match).ToList();
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private void Record<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((context.MessageId, (IntegrationEvent)(object)context.Message));
            return Task.CompletedTask;
        });
}
