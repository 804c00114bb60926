using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Activities;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A cancelled sign-up is never reminded, even when its cancellation arrives before the sign-up itself.</summary>
public sealed class SignUpCancelledConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<SignUpCancelledConsumer> logger)
    : InboxConsumer<SignUpCancelled, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(SignUpCancelled message, ConsumeContext<SignUpCancelled> context, CancellationToken cancellationToken)
    {
        var signUp = await Db.ActivitySignUps.FindAsync([message.SignUpId], cancellationToken);
        if (signUp is null)
        {
            signUp = ActivitySignUp.Record(message.SignUpId, message.MunicipalityId, message.ActivityId, message.RecipientId,
                message.ActivityTitle, "", message.OccurrenceStart, message.OccurredAt);
            Db.ActivitySignUps.Add(signUp);
        }
        signUp.End(message.OccurredAt);
    }
}
