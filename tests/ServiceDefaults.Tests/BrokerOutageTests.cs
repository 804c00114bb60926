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

        // The burst writes its first half, then the rest only once the broker is down, so part of it certainly lands
        // in the outage however fast or slow the machine is.
        var written = 0;
        var brokerDown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var burst = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                if (i == count / 2)
                {
                    await brokerDown.Task;
                }
                await ledger.RecordAsync(Guid.NewGuid());
                Interlocked.Increment(ref written);
                await Task.Delay(5);
            }
        });

        Assert.True(await Eventually.UntilAsync(async () => await ledger.EffectsAsync("recorded") >= 100));
        await servers.StopRabbitMqAsync();
        var writtenBeforeOutage = Volatile.Read(ref written);
        brokerDown.SetResult();
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(Volatile.Read(ref written) >= writtenBeforeOutage + 50)),
            "no events were written while the broker was down");
        await servers.RestartStoppedAsync();
        await burst;

        Assert.True(await Eventually.UntilAsync(async () => await ledger.EffectsAsync("recorded") >= count, TimeSpan.FromSeconds(180)),
            $"only {await ledger.EffectsAsync("recorded")} of {count} effects");
        Assert.Equal(count, await ledger.EffectsAsync("recorded"));
        Assert.Equal(count, await ledger.DistinctEffectsAsync("recorded"));
        Assert.True(await Eventually.UntilAsync(async () => await ledger.UnsentAsync() == 0));
    }
}
