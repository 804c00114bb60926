using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Activities;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>An activity (or one of its occurrences) was cancelled: each signed-up recipient and their consenting relatives are told.</summary>
public sealed class ActivityCancelledConsumer(NotificationsDbContext db, NotificationQueue queue, EventValues values, TimeProvider timeProvider, ILogger<ActivityCancelledConsumer> logger)
    : InboxConsumer<ActivityCancelled, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ActivityCancelled message, ConsumeContext<ActivityCancelled> context, CancellationToken cancellationToken)
    {
        await SignUpChanges.ApplyAsync(Db, message, cancellationToken);
        foreach (var recipient in await Audiences.RecipientsAsync(Db, message.MunicipalityId, message.SignedUpRecipientIds, cancellationToken))
        {
            var facts = new Dictionary<string, string> { ["recipientName"] = recipient.Name, ["title"] = message.Title };
            if (message.OccurrenceStart is { } start)
            {
                facts["date"] = values.LocalDate(start);
                facts["time"] = values.LocalTime(start);
            }
            var template = message.OccurrenceStart is null ? "activity-cancelled" : "activity-occurrence-cancelled";
            var request = new NotificationRequest(message.EventId, message.MunicipalityId, template, Urgent: false, facts);
            await queue.QueueAsync(Db, request, Audiences.RecipientAndRelatives(recipient), cancellationToken);
        }
    }
}
