using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CareServices.ServiceDefaults.Tests;

/// <summary>
/// Faults during a burst of 1,000 entries (2,000 events: each entry is recorded and audited, two consumers) between a
/// publishing and a consuming ledger process, on servers of their own: the publisher killed with SIGKILL and
/// started again, the consumer killed and started again, PostgreSQL restarted, RabbitMQ restarted. Each fault
/// strikes while the burst is being written, so it lands mid-burst however fast the machine is. Afterwards every
/// event has taken effect exactly once in every consumer. Run alone with <c>--filter Category=Faults</c>.
/// </summary>
[Trait("Category", "Faults")]
public sealed class FaultTests(ITestOutputHelper output)
{
    private const int Entries = 1000;

    [Fact]
    public Task Killing_the_publisher_mid_burst_and_starting_it_again_loses_and_doubles_nothing() =>
        RunAsync("publisher killed (SIGKILL) and restarted", async burst =>
        {
            await burst.Publisher!.KillAsync();
            await burst.WriteSomeAsync();
            burst.Publisher = await burst.StartAsync("publisher");
        });

    [Fact]
    public Task Killing_the_consumer_mid_burst_and_starting_it_again_loses_and_doubles_nothing() =>
        RunAsync("consumer killed (SIGKILL) and restarted", async burst =>
        {
            await burst.Consumer!.KillAsync();
            await burst.WriteSomeAsync();
            burst.Consumer = await burst.StartAsync("consumer");
        });

    [Fact]
    public Task Restarting_PostgreSQL_mid_burst_loses_and_doubles_nothing() =>
        RunAsync("PostgreSQL stopped and started", async burst =>
        {
            await burst.Servers.StopPostgresAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await burst.Servers.RestartStoppedAsync();
        });

    [Fact]
    public Task Restarting_RabbitMQ_mid_burst_loses_and_doubles_nothing() =>
        RunAsync("RabbitMQ stopped and started", async burst =>
        {
            await burst.Servers.StopRabbitMqAsync();
            await burst.WriteSomeAsync();
            await burst.Servers.RestartStoppedAsync();
        });

    private async Task RunAsync(string fault, Func<Burst, Task> strike)
    {
        await using var servers = await PrivateServers.StartAsync();
        await using var isolated = await IsolatedServers.CreateAsync(servers.Endpoints);
        var database = isolated.Database("ledgerdb");
        await LedgerHost.MigrateAsync(database);
        await using var burst = new Burst(servers, database, isolated.RabbitMq);
        burst.Consumer = await burst.StartAsync("consumer");
        burst.Publisher = await burst.StartAsync("publisher");

        // The first part of the burst flows before the fault, the rest is written during and after it.
        var writing = burst.WriteAllAsync();
        Assert.True(await Eventually.UntilAsync(async () => await burst.EffectsAsync("recorded") >= 100, TimeSpan.FromSeconds(120)), "the burst did not start flowing");
        await strike(burst);
        await writing;

        var entries = await burst.EntriesAsync();
        Assert.True(await Eventually.UntilAsync(async () => await burst.DistinctEffectsAsync("recorded") >= entries && await burst.DistinctEffectsAsync("audited") >= entries,
            TimeSpan.FromSeconds(240)), $"{await burst.EffectsAsync("recorded")} recorded and {await burst.EffectsAsync("audited")} audited of {entries} each");
        Assert.True(await Eventually.UntilAsync(async () => await burst.UnsentAsync() == 0));
        // Late copies (a redelivery after a kill) would arrive within moments; give them the time to show up.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var recorded = await burst.EffectsAsync("recorded");
        var audited = await burst.EffectsAsync("audited");
        var distinctRecorded = await burst.DistinctEffectsAsync("recorded");
        var distinctAudited = await burst.DistinctEffectsAsync("audited");
        var lost = 2 * entries - distinctRecorded - distinctAudited;
        var doubled = recorded - distinctRecorded + audited - distinctAudited;
        output.WriteLine($"fault: {fault}; events written {2 * entries}; effects recorded {recorded}, audited {audited}; lost {lost}; doubled {doubled}");

        Assert.Equal((0, 0), (lost, doubled));
        Assert.InRange(entries, Entries, Entries + 5);
    }

    /// <summary>The servers, the two processes and the writer of one fault test's burst.</summary>
    private sealed class Burst(PrivateServers servers, string database, string rabbitMq) : IAsyncDisposable
    {
        private readonly LedgerWriter _ledger = new(database);
        private readonly SemaphoreSlim _some = new(0);
        private int _written;

        public PrivateServers Servers { get; } = servers;
        public LedgerChild? Publisher { get; set; }
        public LedgerChild? Consumer { get; set; }

        public Task<LedgerChild> StartAsync(string role) => LedgerChild.StartAsync(role, database, rabbitMq);

        /// <summary>
        /// Writes every entry, an event pair per transaction; while a fault is being struck it writes on (retrying
        /// through a database outage, as a service's request would be retried by its caller).
        /// </summary>
        public async Task WriteAllAsync()
        {
            for (var i = 0; i < Entries; i++)
            {
                // A new entry per attempt: an attempt whose commit went through unacknowledged (the database went away
                // meanwhile) stays one more entry, so the expected counts are read back from the entries table.
                await RetriedAsync(() => _ledger.RecordAndAuditAsync(Guid.NewGuid()));
                if (Interlocked.Increment(ref _written) % 20 == 0)
                {
                    _some.Release();
                }
                await Task.Delay(3);
            }
            _some.Release(1000);
        }

        /// <summary>Lets some more of the burst be written while the fault lasts.</summary>
        public async Task WriteSomeAsync()
        {
            for (var i = 0; i < 3; i++)
            {
                await _some.WaitAsync(TimeSpan.FromSeconds(60));
            }
        }

        public Task<int> EffectsAsync(string kind) => RetriedAsync(() => _ledger.EffectsAsync(kind));

        public Task<int> DistinctEffectsAsync(string kind) => RetriedAsync(() => _ledger.DistinctEffectsAsync(kind));

        public Task<int> UnsentAsync() => RetriedAsync(_ledger.UnsentAsync);

        public Task<int> EntriesAsync() => RetriedAsync(_ledger.EntriesAsync);

        public async ValueTask DisposeAsync()
        {
            if (Publisher is not null)
            {
                await Publisher.DisposeAsync();
            }
            if (Consumer is not null)
            {
                await Consumer.DisposeAsync();
            }
        }

        private static async Task<T> RetriedAsync<T>(Func<Task<T>> action)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await action();
                }
                catch (Exception e) when (attempt < 60 && e is Npgsql.NpgsqlException or DbUpdateException or InvalidOperationException)
                {
                    await Task.Delay(500);
                }
            }
        }

        private static async Task RetriedAsync(Func<Task> action) => await RetriedAsync(async () =>
        {
            await action();
            return 0;
        });
    }
}
