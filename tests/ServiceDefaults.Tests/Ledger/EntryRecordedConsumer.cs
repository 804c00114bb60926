using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Tests.Ledger;

public sealed class EntryRecordedConsumer(LedgerDbContext db, TimeProvider time, ILogger<EntryRecordedConsumer> logger)
    : InboxConsumer<EntryRecorded, LedgerDbContext>(db, time, logger)
{
    protected override Task HandleAsync(EntryRecorded message, ConsumeContext<EntryRecorded> context, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new Effect { EntryId = message.EntryId, Kind = "recorded" });
        return Task.CompletedTask;
    }
}
