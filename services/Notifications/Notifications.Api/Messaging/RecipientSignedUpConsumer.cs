using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Activities;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>Keeps a recipient's sign-up (a seat or a wait-list place) for the reminder the day before; a stale status changes nothing.</summary>
public sealed class RecipientSignedUpConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<RecipientSignedUpConsumer> logger)
    : InboxConsumer<RecipientSignedUp, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientSignedUp message, ConsumeContext<RecipientSignedUp> context, CancellationToken cancellationToken)
    {
        var signUp = await Db.ActivitySignUps.FindAsync([message.SignUpId], cancellationToken);
        if (signUp is null)
        {
            signUp = ActivitySignUp.Record(message.SignUpId, message.MunicipalityId, message.ActivityId, message.RecipientId,
                message.ActivityTitle, message.PlaceName, message.OccurrenceStart, message.OccurredAt);
            Db.ActivitySignUps.Add(signUp);
        }
        signUp.SetStatus(message.Status == "confirmed", message.OccurredAt);
    }
}
