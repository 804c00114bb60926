using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A terminated decision: the recipient gets the letter and a message, consenting relatives an e-mail (or SMS).</summary>
public sealed class DecisionTerminatedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<DecisionTerminatedConsumer> logger)
    : InboxConsumer<DecisionTerminated, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionTerminated message, ConsumeContext<DecisionTerminated> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "decision-terminated", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["number"] = message.Number,
            ["lastDay"] = EventValues.Date(message.LastDay),
        });
        await queue.QueueAsync(Db, request, [Audiences.Recipient(recipient, byLetter: true), .. Audiences.ConsentingRelatives(recipient)], cancellationToken);
    }
}
