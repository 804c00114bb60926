using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Tests;

public sealed class ReadModelTests : LedgerTestBase
{
    [Fact]
    public async Task Two_replicas_consuming_an_aggregates_versions_in_any_order_keep_the_newest_state()
    {
        const int accounts = 20;
        const int versions = 30;
        var ids = Enumerable.Range(0, accounts).Select(_ => Guid.NewGuid()).ToList();
        // Every version under its own outbox aggregate, shuffled: they leave concurrently and in no order, as
        // events of one aggregate published by different services' replicas (or redelivered) can arrive.
        var changes = ids.SelectMany(id => Enumerable.Range(1, versions).Select(v => (Account: id, Version: v))).OrderBy(_ => Random.Shared.Next()).ToList();
        await using (var db = LedgerHost.Open(Database))
        {
            foreach (var (account, version) in changes)
            {
                db.AddOutboxMessage(new BalanceChanged { AccountId = account, Balance = version * 10, AggregateVersion = version, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" }, Guid.NewGuid().ToString());
            }
            await db.SaveChangesAsync();
        }

        using var first = await LedgerHost.StartAsync(Database, Servers.RabbitMq, batchSize: 50);
        using var second = await LedgerHost.StartAsync(Database, Servers.RabbitMq, batchSize: 50);

        Assert.True(await Eventually.UntilAsync(async () => await InboxCountAsync() == changes.Count, TimeSpan.FromSeconds(120)));
        await using var read = LedgerHost.Open(Database);
        var rows = await read.Accounts.AsNoTracking().ToListAsync();
        Assert.Equal(ids.Order(), rows.Select(r => r.Id).Order());
        Assert.All(rows, row => Assert.Equal((versions, versions * 10), (row.Version, row.Balance)));
    }

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing()
    {
        var account = Guid.NewGuid();
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq);

        await WriteAsync(account, version: 3, balance: 30);
        Assert.True(await Eventually.UntilAsync(async () => await InboxCountAsync() == 1));
        await WriteAsync(account, version: 2, balance: 20);
        Assert.True(await Eventually.UntilAsync(async () => await InboxCountAsync() == 2));

        await using var read = LedgerHost.Open(Database);
        var row = await read.Accounts.AsNoTracking().SingleAsync(a => a.Id == account);
        Assert.Equal((3, 30), (row.Version, row.Balance));
    }

    private async Task WriteAsync(Guid account, int version, int balance)
    {
        await using var db = LedgerHost.Open(Database);
        db.AddOutboxMessage(new BalanceChanged { AccountId = account, Balance = balance, AggregateVersion = version, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" }, account.ToString());
        await db.SaveChangesAsync();
    }

    private async Task<int> InboxCountAsync()
    {
        await using var db = LedgerHost.Open(Database);
        return await db.Inbox.CountAsync(m => m.Consumer == nameof(BalanceChangedConsumer));
    }
}
