using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state, so
/// the copy is replaced, unless a newer update has already been applied.
/// </summary>
public sealed class RecipientUpdatedConsumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, SchedulingDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        recipient.Update(message.Name, message.Address.Street, message.Address.PostalCode, message.Address.City,
            message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.Status, message.OccurredAt);
    }
}
