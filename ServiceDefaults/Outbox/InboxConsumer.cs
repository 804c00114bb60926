using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// A consumer whose effect commits together with its <c>inbox_messages</c> row, so a redelivered message
/// (same message id) changes nothing. Derived consumers change <see cref="Db"/> or add statements with
/// <see cref="Execute"/> (a read model's <see cref="ReadModelUpsert"/>); this base runs, saves and commits them.
/// Messages of one consumer type that arrive together share a transaction (<see cref="InboxCommitLane{TWork}"/>);
/// each is still acknowledged, retried and dead-lettered on its own, because a failed group is retried message by
/// message.
/// </summary>
public abstract partial class InboxConsumer<TMessage, TContext> : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    // One statement records the whole group and says which messages are new.
    private const string RecordSql = """
        INSERT INTO inbox_messages (message_id, consumer, processed_at)
        SELECT id, @consumer, @processed_at FROM unnest(@ids) AS id
        ON CONFLICT DO NOTHING
        RETURNING message_id
        """;

    private readonly TContext _own;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TContext _db;
    private NpgsqlBatch? _statements;

    protected InboxConsumer(TContext db, TimeProvider timeProvider, ILogger logger)
    {
        _own = _db = db;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Stable name recorded in the inbox; renaming a consumer class must not replay old messages.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <summary>The context the effect goes into: while a group commits, the context of the message leading it.</summary>
    protected TContext Db => _db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var delivery = new Delivery(this, context, context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it."));

        if (context.TryGetPayload<IServiceProvider>(out var services) && services.GetService<InboxCommitLanes>() is { } lanes)
        {
            var lane = lanes.For<Delivery>(GetType());
            if (await lane.CommitAsync(delivery, group => CommitAsync(group, context.CancellationToken)))
            {
                return;
            }
        }
        await CommitAsync([delivery], context.CancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a statement to the group's transaction, with positional parameters (<c>$1</c>, <c>$2</c> …; null binds
    /// SQL NULL). The group's statements go to PostgreSQL in one round trip after every message has been handled and
    /// before the changes made to <see cref="Db"/> are saved.
    /// </summary>
    protected void Execute(string sql, params object?[] values)
    {
        var statements = _statements ?? throw new InvalidOperationException("Statements can only be added while a message is handled.");
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value switch
            {
                null => DBNull.Value,
                // PostgreSQL's timestamptz takes UTC only; an offset that came over the wire is converted, not refused.
                DateTimeOffset time => time.ToUniversalTime(),
                _ => value,
            } });
        }
        statements.BatchCommands.Add(command);
    }

    /// <summary>Records the group's inbox rows and applies each new message's effect in one transaction on this consumer's context.</summary>
    private async Task CommitAsync(IReadOnlyList<Delivery> group, CancellationToken cancellationToken)
    {
        var consumer = ConsumerName;
        var strategy = _own.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                _own.ChangeTracker.Clear();
                await using var transaction = await _own.Database.BeginTransactionAsync(ct);
                var recorded = await RecordAsync(transaction, consumer, group, ct);
                await using var statements = new NpgsqlBatch((NpgsqlConnection)_own.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
                foreach (var delivery in group)
                {
                    // The first delivery of an id takes effect; a copy in the same group or one recorded before does not.
                    if (!recorded.Remove(delivery.MessageId))
                    {
                        LogDuplicate(_logger, delivery.MessageId, consumer);
                        continue;
                    }
                    await delivery.Consumer.ApplyAsync(_own, statements, delivery.Context, ct);
                }
                if (statements.BatchCommands.Count > 0)
                {
                    await statements.ExecuteNonQueryAsync(ct);
                }
                await _own.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        catch (Exception e) when (group.Count > 1)
        {
            LogGroupFailed(_logger, e, group.Count, consumer);
            throw;
        }
    }

    private async Task<HashSet<Guid>> RecordAsync(IDbContextTransaction transaction, string consumer, IReadOnlyList<Delivery> group, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)_own.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(RecordSql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("consumer", consumer);
        command.Parameters.AddWithValue("processed_at", _timeProvider.GetUtcNow());
        command.Parameters.AddWithValue("ids", group.Select(d => d.MessageId).ToArray());
        var recorded = new HashSet<Guid>(group.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            recorded.Add(reader.GetGuid(0));
        }
        return recorded;
    }

    private async Task ApplyAsync(TContext groupDb, NpgsqlBatch statements, ConsumeContext<TMessage> context, CancellationToken cancellationToken)
    {
        _db = groupDb;
        _statements = statements;
        try
        {
            await HandleAsync(context.Message, context, cancellationToken);
        }
        finally
        {
            _db = _own;
            _statements = null;
        }
    }

    private sealed record Delivery(InboxConsumer<TMessage, TContext> Consumer, ConsumeContext<TMessage> Context, Guid MessageId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} already processed by {Consumer}; skipped")]
    private static partial void LogDuplicate(ILogger logger, Guid messageId, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group of {Count} messages for {Consumer} failed; each is retried alone")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int count, string consumer);
}
