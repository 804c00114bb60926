using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareServices.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Publishes committed outbox rows and marks them sent in one transaction. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> so replicas share the work, in per-aggregate order (<see cref="OutboxSql.Claim"/>).
/// Each row's stored JSON goes out as it is, under its stored message URN, to its stored exchange: no CLR type is
/// needed, so a replica of an older release publishes a newer release's rows whole. A row that fails is counted
/// (attempts, last error) while the rest of its batch is sent and marked; after <see cref="OutboxOptions.MaxAttempts"/>
/// it is parked. Publishing is at-least-once (a crash after publish and before commit repeats the batch); consumers'
/// inboxes make that harmless.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBusControl bus,
    OutboxSignal signal,
    TimeProvider timeProvider,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly ActivitySource Source = new(TelemetryExtensions.CareServicesSource);
    private static readonly Meter Meter = new(TelemetryExtensions.CareServicesSource);
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("careservices.outbox.published", description: "Outbox messages published");
    private static readonly Counter<long> Claims = Meter.CreateCounter<long>("careservices.outbox.claims", description: "Claims of a batch of unsent outbox rows, found empty or not");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("careservices.outbox.failures", description: "Failed attempts to publish an outbox message that counted against it");
    private static readonly Counter<long> Parked = Meter.CreateCounter<long>("careservices.outbox.parked_total", description: "Outbox messages parked after too many failed attempts");

    private static readonly TimeSpan BusStartPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan BusStartWait = TimeSpan.FromMinutes(1);
    private const int ErrorLength = 2000;

    private readonly OutboxOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Task<ISendEndpoint>> _endpoints = new(StringComparer.Ordinal);
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host does not wait for the bus to start. An event published before this host's own receive endpoints
        // have bound their queues would reach no queue, so dispatching starts once the bus reports healthy (or, should
        // an endpoint never get there, after a minute: the other consumers must not wait for it).
        var giveUp = timeProvider.GetUtcNow() + BusStartWait;
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy && timeProvider.GetUtcNow() < giveUp && !stoppingToken.IsCancellationRequested)
        {
            await DelayAsync(BusStartPoll, stoppingToken);
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.Dispatchers)).Select(loop => DispatchLoopAsync(loop == 0, stoppingToken)));
    }

    private async Task DispatchLoopAsync(bool cleansUp, CancellationToken stoppingToken)
    {
        // Each loop runs on its own so the first batch's publishing does not hold up the next claim.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            int dispatched;
            try
            {
                dispatched = await DispatchBatchAsync();
                if (cleansUp)
                {
                    using (Untraced())
                    {
                        await CleanUpAsync(stoppingToken);
                        await CountBacklogAsync(stoppingToken);
                    }
                }
                failures = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                LogDispatchFailed(logger, e, typeof(TContext).Name, failures);
                await DelayAsync(Backoff(failures), stoppingToken);
                continue;
            }

            if (dispatched < _options.BatchSize)
            {
                await WaitForSignalAsync(stoppingToken);
            }
        }
    }

    /// <summary>
    /// Claims, publishes and marks one batch; returns how many rows it claimed. It ignores the stopping token on
    /// purpose: a batch that has started publishing is finished and committed, so a stop mid-batch does not publish
    /// those messages again. Throws, after committing what was sent, when the broker itself failed.
    /// </summary>
    public async Task<int> DispatchBatchAsync()
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await BeginUntracedAsync(db);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
            List<OutboxRow> batch;
            using (Untraced())
            {
                batch = await ClaimAsync(connection, npgsqlTransaction);
                Claims.Add(1);
                if (batch.Count == 0)
                {
                    await transaction.CommitAsync();
                    return 0;
                }
            }

            // Different aggregates go out concurrently so broker confirms overlap; one aggregate's go in order. One
            // timeout covers the batch: one timer per batch, not one per message.
            var outcome = new BatchOutcome();
            using (var timeout = new CancellationTokenSource(_options.PublishTimeout))
            {
                await Task.WhenAll(batch.GroupBy(m => m.AggregateId).Select(rows => PublishInOrderAsync(rows, outcome, timeout.Token)));
            }

            using (Untraced())
            {
                await MarkAsync(connection, npgsqlTransaction, outcome);
                await transaction.CommitAsync();
            }
            Published.Add(outcome.Sent.Count);
            if (outcome.BrokerFailure is { } brokerFailure)
            {
                throw new InvalidOperationException("The broker did not take every message of an outbox batch; the rest is retried.", brokerFailure);
            }
            return batch.Count;
        });
    }

    private async Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand(OutboxSql.Claim, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = _options.BatchSize });
        var batch = new List<OutboxRow>(_options.BatchSize);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            batch.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return batch;
    }

    private async Task MarkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, BatchOutcome outcome)
    {
        var now = timeProvider.GetUtcNow();
        if (!outcome.Sent.IsEmpty)
        {
            await using var sent = new NpgsqlCommand(OutboxSql.MarkSent, connection, transaction);
            sent.Parameters.Add(new NpgsqlParameter { Value = now });
            sent.Parameters.Add(new NpgsqlParameter { Value = outcome.Sent.ToArray() });
            await sent.ExecuteNonQueryAsync();
        }
        if (outcome.Failed.IsEmpty)
        {
            return;
        }
        var failed = outcome.Failed.ToArray();
        await using var record = new NpgsqlCommand(OutboxSql.RecordFailures, connection, transaction);
        record.Parameters.Add(new NpgsqlParameter { Value = failed.Select(f => f.Sequence).ToArray() });
        record.Parameters.Add(new NpgsqlParameter { Value = failed.Select(f => f.Error).ToArray() });
        record.Parameters.Add(new NpgsqlParameter { Value = Math.Max(1, _options.MaxAttempts) });
        record.Parameters.Add(new NpgsqlParameter { Value = now });
        Failures.Add(failed.Length);
        await using var reader = await record.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetBoolean(1))
            {
                Parked.Add(1);
                LogParked(logger, reader.GetGuid(0), typeof(TContext).Name, _options.MaxAttempts);
            }
        }
    }

    /// <summary>
    /// The dispatcher's own queries are not traced: they run every poll interval in every service and would fill the
    /// trace store with spans nobody asked for. Each published message keeps its "outbox publish" span, in the trace
    /// of the request that wrote it, so this must not cover the publishing.
    /// </summary>
    private static IDisposable Untraced() => SuppressInstrumentationScope.Begin();

    /// <summary>Begins the batch's transaction untraced: it may open a new physical connection, itself a span.</summary>
    private static async Task<IDbContextTransaction> BeginUntracedAsync(TContext db)
    {
        using (Untraced())
        {
            return await db.Database.BeginTransactionAsync();
        }
    }

    /// <summary>Publishes one aggregate's rows in order; the first that fails stops the rest, which wait for the next batch.</summary>
    private async Task PublishInOrderAsync(IEnumerable<OutboxRow> rows, BatchOutcome outcome, CancellationToken timeout)
    {
        foreach (var row in rows)
        {
            if (OutboxRoute.Of(row) is not { } route)
            {
                outcome.Failed.Enqueue(new FailedRow(row.Sequence, Truncate($"Unknown message type '{row.MessageType}' and no stored destination: the row cannot be routed.")));
                return;
            }
            try
            {
                await PublishAsync(row, route, timeout);
                outcome.Sent.Enqueue(row.Sequence);
            }
            catch (Exception e)
            {
                // A timeout or a broker that reports itself unhealthy is the broker's failure, not the row's: counting
                // it would park every row of a backlog during an outage.
                if (timeout.IsCancellationRequested || bus.CheckHealth().Status != BusHealthStatus.Healthy)
                {
                    outcome.BrokerFailure ??= e;
                }
                else
                {
                    outcome.Failed.Enqueue(new FailedRow(row.Sequence, Truncate($"{e.GetType().Name}: {e.Message}")));
                }
                return;
            }
        }
    }

    private async Task PublishAsync(OutboxRow row, ContractRoute route, CancellationToken timeout)
    {
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id.ToString());
        activity?.SetTag("messaging.message.type", route.MessageType);

        var endpoint = await _endpoints.GetOrAdd(route.Destination, static (destination, bus) => bus.GetSendEndpoint(new Uri($"exchange:{destination}")), bus);
        var serializer = new StoredEventSerializer(route.MessageType, row.Payload);
        await endpoint.Send(StoredEvent.Instance, Pipe.Execute<SendContext<StoredEvent>>(context =>
        {
            context.MessageId = row.Id;
            context.Serializer = serializer;
            context.ContentType = serializer.ContentType;
        }), timeout);
    }

    private async Task CountBacklogAsync(CancellationToken stoppingToken)
    {
        if (OutboxBacklogGauge.IsDue(timeProvider))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await OutboxBacklogGauge.CountAsync(scope.ServiceProvider.GetRequiredService<TContext>(), timeProvider, stoppingToken);
        }
    }

    private async Task CleanUpAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now + _options.CleanupInterval;
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sent = await DeleteInBatchesAsync(db, OutboxSql.DeleteSent, now - _options.SentRetention, stoppingToken);
        var inbox = await DeleteInBatchesAsync(db, OutboxSql.DeleteInbox, now - _options.InboxRetention, stoppingToken);
        if (sent + inbox > 0)
        {
            LogCleanedUp(logger, typeof(TContext).Name, sent, inbox);
        }
    }

    /// <summary>Deletes what <paramref name="sql"/> selects, a batch per statement, until a batch comes back short.</summary>
    private async Task<long> DeleteInBatchesAsync(TContext db, string sql, DateTimeOffset before, CancellationToken stoppingToken)
    {
        var batchSize = Math.Max(1, _options.CleanupBatchSize);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(stoppingToken);
        try
        {
            long total = 0;
            int deleted;
            do
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.Add(new NpgsqlParameter { Value = before });
                command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
                deleted = await command.ExecuteNonQueryAsync(stoppingToken);
                total += deleted;
            }
            while (deleted == batchSize && !stoppingToken.IsCancellationRequested);
            return total;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Truncate(string error) => error.Length <= ErrorLength ? error : error[..ErrorLength];

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, 200 * Math.Pow(2, Math.Min(failures, 10))));

    private async Task WaitForSignalAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(_options.PollInterval, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed record FailedRow(long Sequence, string Error);

    /// <summary>What became of a batch's rows; aggregates publish concurrently, so the collections are concurrent.</summary>
    private sealed class BatchOutcome
    {
        public ConcurrentQueue<long> Sent { get; } = new();
        public ConcurrentQueue<FailedRow> Failed { get; } = new();
        public Exception? BrokerFailure { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch for {Context} failed ({Failures} in a row); retrying with backoff")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string context, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} of {Context} parked after {Attempts} failed attempts; later events of its aggregate wait behind it until it is retried or discarded")]
    private static partial void LogParked(ILogger logger, Guid messageId, string context, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox clean-up for {Context}: {Sent} sent outbox rows and {Inbox} inbox rows past retention deleted")]
    private static partial void LogCleanedUp(ILogger logger, string context, long sent, long inbox);
}
