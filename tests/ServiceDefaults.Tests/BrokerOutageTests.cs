using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;

namespace CareServices.ServiceDefaults.Tests;

/// <summary>Stops and starts RabbitMQ, so it runs on servers of its own rather than the shared ones.</summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Every_event_of_a_burst_takes_effect_exactly_once_when_RabbitMQ_stops_and_starts_during_it()
    {
        const int count = 1000;
        await using var servers = await PrivateServers.StartAsync();
        await using var isolated = await IsolatedServers.CreateAsync(servers.Endpoints);
        var database = isolated.Database("ledgerdb");
        await LedgerHost.MigrateAsync(database);
        var ledger = new LedgerWriter(database);
        using var host = await LedgerHost.StartAsync(database, isolated.RabbitMq);

        var written = 0;
        var burst = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                await ledger.RecordAsync(Guid.NewGuid());
                Interlocked.Increment(ref written);
                // Spread the burst over several seconds so the outage lands in its middle.
                await Task.Delay(5);
            }
        });

        Assert.True(await Eventually.UntilAsync(async () => await ledger.EffectsAsync("recorded") >= 100));
        await servers.StopRabbitMqAsync();
        var writtenWhileDown = Volatile.Read(ref written);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await servers.RestartStoppedAsync();
        await burst;

        Assert.True(await Eventually.UntilAsync(async () => await ledger.EffectsAsync("recorded") >= count, TimeSpan.FromSeconds(180)),
            $"only {await ledger.EffectsAsync("recorded")} of {count} effects");
        Assert.True(writtenWhileDown < count, "the broker went down before the burst ended");
        Assert.Equal(count, await ledger.EffectsAsync("recorded"));
        Assert.Equal(count, await ledger.DistinctEffectsAsync("recorded"));
        Assert.True(await Eventually.UntilAsync(async () => await ledger.UnsentAsync() == 0));
    }
}
