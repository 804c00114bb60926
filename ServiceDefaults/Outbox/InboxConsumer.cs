using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// A consumer whose effect commits together with its <c>inbox_messages</c> row, so a redelivered message
/// (same message id) changes nothing. Derived consumers only change <paramref name="db"/>; this base saves and commits.
/// </summary>
public abstract partial class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider timeProvider, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    /// <summary>Stable name recorded in the inbox; renaming a consumer class must not replay old messages.</summary>
    protected virtual string ConsumerName => GetType().Name;

    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var consumer = ConsumerName;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async cancellationToken =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = timeProvider.GetUtcNow();
            var recorded = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (recorded == 0)
            {
                LogDuplicate(logger, messageId, consumer);
                return;
            }

            await HandleAsync(context.Message, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, context.CancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} already processed by {Consumer}; skipped")]
    private static partial void LogDuplicate(ILogger logger, Guid messageId, string consumer);
}
