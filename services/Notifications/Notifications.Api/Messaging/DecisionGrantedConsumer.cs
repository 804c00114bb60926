using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A granted decision: the recipient gets the letter and a message, consenting relatives an e-mail (or SMS).</summary>
public sealed class DecisionGrantedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<DecisionGrantedConsumer> logger)
    : InboxConsumer<DecisionGranted, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionGranted message, ConsumeContext<DecisionGranted> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.Decision.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "decision-granted", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["number"] = message.Decision.Number,
            ["validFrom"] = EventValues.Date(message.Decision.ValidFrom),
        });
        await queue.QueueAsync(Db, request, [Audiences.Recipient(recipient, byLetter: true), .. Audiences.ConsentingRelatives(recipient)], cancellationToken);
    }
}
