using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Recipients;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state, so
/// the copy is replaced, unless a newer update has already been applied.
/// </summary>
public sealed class RecipientUpdatedConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        recipient.Update(message.Name, message.PreferredLanguage, message.Zone,
            message.InformedResourcePersons.Select(p => InformedPerson.Of(p.ResourcePersonId, p.Name, p.Relation, p.Phone, p.Email)).ToList(),
            message.OccurredAt);
    }
}
