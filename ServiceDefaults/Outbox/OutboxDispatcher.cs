using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CareServices.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Publishes committed outbox rows and marks them sent in one transaction. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> so replicas share the work; a row is taken only when every earlier unsent row of its
/// aggregate is in the same claim, which keeps each aggregate's events in order across replicas. Publishing is
/// at-least-once (a crash after publish and before commit repeats the batch); consumers' inboxes make that harmless.
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
    private const string ClaimBatchSql = """
        WITH claimed AS (
            SELECT sequence FROM outbox_messages
            WHERE sent_at IS NULL
            ORDER BY sequence
            LIMIT {0}
            FOR UPDATE SKIP LOCKED)
        SELECT o.* FROM outbox_messages o
        JOIN claimed c ON c.sequence = o.sequence
        WHERE NOT EXISTS (
            SELECT 1 FROM outbox_messages earlier
            WHERE earlier.aggregate_id = o.aggregate_id
              AND earlier.sent_at IS NULL
              AND earlier.sequence < o.sequence
              AND earlier.sequence NOT IN (SELECT sequence FROM claimed))
        ORDER BY o.sequence
        """;

    private static readonly ActivitySource Source = new(TelemetryExtensions.CareServicesSource);
    private static readonly Meter Meter = new(TelemetryExtensions.CareServicesSource);
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("careservices.outbox.published", description: "Outbox messages published");
    private static readonly Counter<long> Claims = Meter.CreateCounter<long>("careservices.outbox.claims", description: "Claims of a batch of unsent outbox rows, found empty or not");
    private static readonly ConcurrentDictionary<string, Type> Types = new(StringComparer.Ordinal);

    private static readonly TimeSpan BusStartPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan BusStartWait = TimeSpan.FromMinutes(1);

    private readonly OutboxOptions _options = options.Value;
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
                        await CleanUpAsync();
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
    /// Claims, publishes and marks one batch. It ignores the stopping token on purpose: a batch that has started
    /// publishing is finished and committed, so a stop mid-batch does not publish those messages again.
    /// </summary>
    public async Task<int> DispatchBatchAsync()
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            List<OutboxMessage> batch;
            using (Untraced())
            {
                batch = await db.Set<OutboxMessage>()
                    .FromSqlRaw(ClaimBatchSql, _options.BatchSize)
                    .AsNoTracking()
                    .ToListAsync();
                Claims.Add(1);
                if (batch.Count == 0)
                {
                    await transaction.CommitAsync();
                    return 0;
                }
            }

            // Different aggregates go out concurrently so broker confirms overlap; one aggregate's go in order. One
            // timeout covers the batch: one timer per batch, not one per message.
            using var timeout = new CancellationTokenSource(_options.PublishTimeout);
            await Task.WhenAll(batch.GroupBy(m => m.AggregateId).Select(messages => PublishInOrderAsync(messages, timeout.Token)));

            var sequences = batch.Select(m => m.Sequence).ToArray();
            var sentAt = timeProvider.GetUtcNow();
            using (Untraced())
            {
                await db.Set<OutboxMessage>()
                    .Where(m => sequences.Contains(m.Sequence))
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, sentAt));
                await transaction.CommitAsync();
            }
            Published.Add(batch.Count);
            return batch.Count;
        });
    }

    /// <summary>
    /// The dispatcher's own queries are not traced: they run every poll interval in every service and would fill the
    /// trace store with spans nobody asked for. Each published message keeps its "outbox publish" span, in the trace
    /// of the request that wrote it, so this must not cover the publishing.
    /// </summary>
    private static IDisposable Untraced() => SuppressInstrumentationScope.Begin();

    private async Task PublishInOrderAsync(IEnumerable<OutboxMessage> messages, CancellationToken timeout)
    {
        foreach (var message in messages)
        {
            var type = Types.GetOrAdd(message.MessageType, ResolveType);
            var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.SerializerOptions)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

            ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
            using var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
            activity?.SetTag("messaging.message.id", message.Id.ToString());
            activity?.SetTag("messaging.message.type", type.Name);

            await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout);
        }
    }

    private async Task CountBacklogAsync(CancellationToken stoppingToken)
    {
        if (OutboxBacklogGauge.IsDue(timeProvider))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await OutboxBacklogGauge.CountAsync(scope.ServiceProvider.GetRequiredService<TContext>(), timeProvider, stoppingToken);
        }
    }

    private async Task CleanUpAsync()
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now.AddHours(1);
        var sentBefore = now - _options.SentRetention;
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync();
    }

    private static Type ResolveType(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message type '{name}' is not known to this service.");

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch for {Context} failed ({Failures} in a row); retrying with backoff")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string context, int failures);
}
