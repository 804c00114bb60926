using System.Collections.Concurrent;
using System.Diagnostics;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CareServices.ServiceDefaults.Tests;

public sealed class OutboxTests : LedgerTestBase
{
    [Fact]
    public async Task An_event_written_in_a_rolled_back_transaction_is_never_published()
    {
        var log = new PublishLog();
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log);

        var rolledBackEntry = Guid.NewGuid();
        var rolledBackEvent = new EntryRecorded { EntryId = rolledBackEntry, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
        await using (var db = LedgerHost.Open(Database))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new Entry { Id = rolledBackEntry });
            db.AddOutboxMessage(rolledBackEvent, rolledBackEntry.ToString());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // A committed event written afterwards is published; the rolled-back one, written first, must not be.
        var committedEntry = Guid.NewGuid();
        var committedEvent = await Ledger.RecordAsync(committedEntry);
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("recorded", committedEntry) == 1));

        Assert.Equal(1, log.Published[committedEvent]);
        Assert.False(log.Published.ContainsKey(rolledBackEvent.EventId));
        Assert.Equal(0, await Ledger.EffectsAsync("recorded", rolledBackEntry));
        // The dispatcher marks a batch sent just after the broker confirms it, so a consumer can be quicker.
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.UnsentAsync() == 0));
    }

    [Fact]
    public async Task A_committed_event_is_published_once_when_the_dispatcher_is_stopped_mid_batch_and_restarted()
    {
        const int count = 600;
        var events = await Ledger.RecordManyAsync(count);

        // Paced so the first dispatcher is certainly stopped with batches in flight: it may finish those (two loops of
        // 200 at most) but must not claim more.
        var log = new PublishLog { PaceEach = TimeSpan.FromMilliseconds(2) };
        var first = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log, batchSize: 200);
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(log.Published.Count > 0)));
        await first.StopAsync();
        first.Dispose();
        var publishedByFirst = log.Published.Count;

        using var second = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log, batchSize: 200);
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("recorded") >= count, TimeSpan.FromSeconds(300)),
            $"{await Ledger.EffectsAsync("recorded")} effects, {await Ledger.UnsentAsync()} unsent, {log.Published.Count} published ({publishedByFirst} before the restart)");

        Assert.InRange(publishedByFirst, 1, count - 1);
        Assert.All(events, id => Assert.Equal(1, log.Published.GetValueOrDefault(id)));
        Assert.Equal(count, await Ledger.EffectsAsync("recorded"));
        // The dispatcher marks a batch sent just after the broker confirms it, so a consumer can be quicker.
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.UnsentAsync() == 0));
    }

    [Fact]
    public async Task Only_a_commit_that_carries_outbox_rows_wakes_the_dispatcher()
    {
        // Built, not started: no running dispatcher takes the wake-up before the test looks at it.
        using var host = LedgerHost.Build(Database, Servers.RabbitMq);
        var signal = host.Services.GetRequiredService<OutboxSignal>();
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<LedgerDbContext>>().Single();
        Task<bool> WokenAsync() => signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
        EntryRecorded Recorded(Guid id) => new() { EntryId = id, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };

        // The dispatcher's own claim, found empty, commits a transaction of its own; it must not wake itself with it.
        Assert.Equal(0, await dispatcher.DispatchBatchAsync());
        Assert.False(await WokenAsync());

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        db.Entries.Add(new Entry { Id = Guid.NewGuid() });
        await db.SaveChangesAsync();
        Assert.False(await WokenAsync());

        var saved = Guid.NewGuid();
        db.Entries.Add(new Entry { Id = saved });
        db.AddOutboxMessage(Recorded(saved), saved.ToString());
        await db.SaveChangesAsync();
        Assert.True(await WokenAsync());

        var committed = Guid.NewGuid();
        var wokenBeforeCommit = true;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new Entry { Id = committed });
            db.AddOutboxMessage(Recorded(committed), committed.ToString());
            await db.SaveChangesAsync();
            wokenBeforeCommit = await WokenAsync();
            await transaction.CommitAsync();
        });
        Assert.False(wokenBeforeCommit);
        Assert.True(await WokenAsync());
    }

    [Fact]
    public async Task An_idle_dispatchers_polling_leaves_no_spans()
    {
        var database = new NpgsqlConnectionStringBuilder(Database).Database!;
        var spans = new ConcurrentQueue<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource("Npgsql").AddProcessor(new SpanCollector(spans)).Build();
        bool OnThisDatabase(Activity span) => span.TagObjects.Any(tag => tag.Value as string == database);
        using var host = LedgerHost.Build(Database, Servers.RabbitMq);
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<LedgerDbContext>>().Single();

        // A query of the test's own is traced, so the listener sees this database's queries.
        await using (var db = LedgerHost.Open(Database))
        {
            await db.Entries.CountAsync();
        }
        Assert.Contains(spans, OnThisDatabase);
        spans.Clear();

        Assert.Equal(0, await dispatcher.DispatchBatchAsync());

        Assert.DoesNotContain(spans, OnThisDatabase);
    }

    private sealed class SpanCollector(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }

    [Fact]
    public async Task Events_of_one_aggregate_are_published_in_the_order_written()
    {
        var log = new PublishLog();
        var aggregate = Guid.NewGuid().ToString();
        var written = new List<Guid>();
        await using (var db = LedgerHost.Open(Database))
        {
            for (var i = 0; i < 50; i++)
            {
                var recorded = new EntryRecorded { EntryId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
                db.AddOutboxMessage(recorded, aggregate);
                written.Add(recorded.EventId);
            }
            await db.SaveChangesAsync();
        }

        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log, batchSize: 7);
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(log.Published.Count == written.Count)));

        Assert.Equal(written, log.Order.Where(written.Contains));
    }
}
