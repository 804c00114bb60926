using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Activities;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A published activity changed: each signed-up recipient and the relatives they consented to have told hear the new time and place.</summary>
public sealed class ActivityChangedConsumer(NotificationsDbContext db, NotificationQueue queue, EventValues values, IOptions<DeliveryOptions> options, TimeProvider timeProvider, ILogger<ActivityChangedConsumer> logger)
    : InboxConsumer<ActivityChanged, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ActivityChanged message, ConsumeContext<ActivityChanged> context, CancellationToken cancellationToken)
    {
        await SignUpChanges.ApplyAsync(Db, message, options.Value.TimeZone, cancellationToken);
        foreach (var recipient in await Audiences.RecipientsAsync(Db, message.MunicipalityId, message.SignedUpRecipientIds, cancellationToken))
        {
            var request = new NotificationRequest(message.EventId, message.MunicipalityId, "activity-changed", Urgent: false, new Dictionary<string, string>
            {
                ["recipientName"] = recipient.Name,
                ["title"] = message.Title,
                ["place"] = message.PlaceName,
                ["date"] = values.LocalDate(message.StartsAt),
                ["time"] = values.LocalTime(message.StartsAt),
            });
            await queue.QueueAsync(Db, request, Audiences.RecipientAndRelatives(recipient), cancellationToken);
        }
    }
}
