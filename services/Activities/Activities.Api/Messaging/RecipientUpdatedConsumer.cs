using CareServices.Contracts.Assessment;
using CareServices.Activities.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state, so
/// the copy is replaced, unless a newer update has already been applied.
/// </summary>
public sealed class RecipientUpdatedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        recipient.Update(message.Name, message.BirthDate, message.Zone, message.PreferredLanguage,
            message.Address.Latitude, message.Address.Longitude, message.OccurredAt);
    }
}
