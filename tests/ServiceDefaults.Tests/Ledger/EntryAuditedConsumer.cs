using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Tests.Ledger;

public sealed class EntryAuditedConsumer(LedgerDbContext db, TimeProvider time, FailureSwitch failure, ILogger<EntryAuditedConsumer> logger)
    : InboxConsumer<EntryAudited, LedgerDbContext>(db, time, logger)
{
    protected override Task HandleAsync(EntryAudited message, ConsumeContext<EntryAudited> context, CancellationToken cancellationToken)
    {
        if (failure.Failing)
        {
            throw new InvalidOperationException("The audit store is unavailable.");
        }
        if (failure.NotReady)
        {
            failure.CountNotReady();
            throw new ReadModelNotReadyException($"Entry {message.EntryId}");
        }
        Db.Effects.Add(new Effect { EntryId = message.EntryId, Kind = "audited" });
        return Task.CompletedTask;
    }
}
