using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A driver volunteer will take a recipient to an activity: the driver learns whom and when, the recipient who drives.</summary>
public sealed class TransportArrangedConsumer(NotificationsDbContext db, NotificationQueue queue, EventValues values, TimeProvider timeProvider, ILogger<TransportArrangedConsumer> logger)
    : InboxConsumer<TransportArranged, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(TransportArranged message, ConsumeContext<TransportArranged> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var when = new Dictionary<string, string>
        {
            ["title"] = message.ActivityTitle,
            ["date"] = values.LocalDate(message.OccurrenceStart),
            ["time"] = values.LocalTime(message.OccurrenceStart),
        };
        var toDriver = new NotificationRequest(message.EventId, message.MunicipalityId, "transport-arranged-driver", Urgent: false,
            new Dictionary<string, string>(when) { ["recipientName"] = recipient.Name });
        await queue.QueueAsync(Db, toDriver, [Audiences.Volunteer(message.DriverVolunteerId, message.DriverName, message.DriverPhone)], cancellationToken);
        var toRecipient = new NotificationRequest(message.EventId, message.MunicipalityId, "transport-arranged-recipient", Urgent: false,
            new Dictionary<string, string>(when) { ["driverName"] = message.DriverName });
        await queue.QueueAsync(Db, toRecipient, [Audiences.Recipient(recipient)], cancellationToken);
    }
}
