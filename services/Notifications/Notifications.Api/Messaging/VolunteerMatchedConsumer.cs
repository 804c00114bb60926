using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A volunteer was matched with a recipient: the volunteer learns whom they will visit, the recipient who will come.
/// Each gets their own text, so the two are separate requests of the one event.
/// </summary>
public sealed class VolunteerMatchedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<VolunteerMatchedConsumer> logger)
    : InboxConsumer<VolunteerMatched, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VolunteerMatched message, ConsumeContext<VolunteerMatched> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var toVolunteer = new NotificationRequest(message.EventId, message.MunicipalityId, "volunteer-matched-volunteer", Urgent: false,
            new Dictionary<string, string> { ["recipientName"] = recipient.Name });
        await queue.QueueAsync(Db, toVolunteer, [Audiences.Volunteer(message.VolunteerId, message.VolunteerName, message.VolunteerPhone)], cancellationToken);
        var toRecipient = new NotificationRequest(message.EventId, message.MunicipalityId, "volunteer-matched-recipient", Urgent: false,
            new Dictionary<string, string> { ["volunteerName"] = message.VolunteerName });
        await queue.QueueAsync(Db, toRecipient, [Audiences.Recipient(recipient)], cancellationToken);
    }
}
