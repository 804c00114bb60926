using System.Collections.Concurrent;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>Counts confirmed publishes per message id, across host restarts, to prove each event left exactly once.</summary>
public sealed class PublishLog : IPublishObserver
{
    private readonly ConcurrentDictionary<Guid, int> _published = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public IReadOnlyDictionary<Guid, int> Published => _published;

    /// <summary>Message ids in the order their publishes were confirmed.</summary>
    public IEnumerable<Guid> Order => _order;

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _published.AddOrUpdate(id, 1, (_, count) => count + 1);
            _order.Enqueue(id);
        }
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
