using System.Collections.Concurrent;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>
/// Counts confirmed publishes per message id, across host restarts, to prove each event left exactly once. The
/// dispatcher sends each stored event to its exchange, so this observes sends of <see cref="StoredEvent"/>.
/// </summary>
public sealed class PublishLog : ISendObserver
{
    private readonly ConcurrentDictionary<Guid, int> _published = new();
    private readonly ConcurrentQueue<Guid> _order = new();
    private readonly SemaphoreSlim _pace = new(1, 1);

    /// <summary>
    /// When set, publishes go one at a time with this pause before each, so a test can stop a dispatcher while a batch
    /// is still going out however fast the machine is.
    /// </summary>
    public TimeSpan PaceEach { get; init; }

    public IReadOnlyDictionary<Guid, int> Published => _published;

    /// <summary>Message ids in the order their publishes were confirmed.</summary>
    public IEnumerable<Guid> Order => _order;

    public async Task PreSend<T>(SendContext<T> context) where T : class
    {
        if (PaceEach <= TimeSpan.Zero || context.Message is not StoredEvent)
        {
            return;
        }
        await _pace.WaitAsync();
        try
        {
            await Task.Delay(PaceEach);
        }
        finally
        {
            _pace.Release();
        }
    }

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        if (context.Message is StoredEvent && context.MessageId is { } id)
        {
            _published.AddOrUpdate(id, 1, (_, count) => count + 1);
            _order.Enqueue(id);
        }
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
