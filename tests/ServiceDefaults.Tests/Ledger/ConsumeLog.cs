using System.Collections.Concurrent;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>Counts completed deliveries per message id: proof that a redelivery reached the consumer.</summary>
public sealed class ConsumeLog : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Consumed(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _consumed.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
