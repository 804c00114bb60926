using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// The recipient did not open at a visit: urgent to the contact person at once (the zone's unit leaders when none is
/// named) and to the relatives the recipient consented to have told, so someone finds out whether all is well.
/// </summary>
public sealed class RecipientNotHomeConsumer(NotificationsDbContext db, NotificationQueue queue, EventValues values, TimeProvider timeProvider, ILogger<RecipientNotHomeConsumer> logger)
    : InboxConsumer<RecipientNotHome, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientNotHome message, ConsumeContext<RecipientNotHome> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "recipient-not-home", Urgent: true, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["date"] = values.LocalDate(message.ReportedAt),
            ["time"] = values.LocalTime(message.ReportedAt),
        });
        var contact = await Audiences.ContactPersonOrUnitLeadersAsync(Db, recipient, primary: false, cancellationToken);
        await queue.QueueAsync(Db, request, [.. contact, .. Audiences.ConsentingRelatives(recipient)], cancellationToken);
    }
}
