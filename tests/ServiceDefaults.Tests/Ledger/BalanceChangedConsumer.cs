using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Tests.Ledger;

public sealed class BalanceChangedConsumer(LedgerDbContext db, TimeProvider time, ILogger<BalanceChangedConsumer> logger)
    : InboxConsumer<BalanceChanged, LedgerDbContext>(db, time, logger)
{
    private static readonly string Upsert = ReadModelUpsert.Sql("accounts", ["id", "balance"]);

    protected override Task HandleAsync(BalanceChanged message, ConsumeContext<BalanceChanged> context, CancellationToken cancellationToken)
    {
        Execute(Upsert, message.AccountId, message.Balance, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
