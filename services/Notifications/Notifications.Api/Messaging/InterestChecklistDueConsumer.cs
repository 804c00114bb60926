using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A recipient's interest checklist fell due: their primary contact, who does it with them, is told (the zone's unit
/// leaders when no primary contact is named yet).
/// </summary>
public sealed class InterestChecklistDueConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<InterestChecklistDueConsumer> logger)
    : InboxConsumer<InterestChecklistDue, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(InterestChecklistDue message, ConsumeContext<InterestChecklistDue> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "interest-checklist-due", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["dueOn"] = EventValues.Date(message.DueOn),
        });
        await queue.QueueAsync(Db, request, await Audiences.ContactPersonOrUnitLeadersAsync(Db, recipient, primary: true, cancellationToken), cancellationToken);
    }
}
