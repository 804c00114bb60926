using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A changed decision: the recipient gets the new letter and a message, consenting relatives an e-mail (or SMS).</summary>
public sealed class DecisionChangedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<DecisionChangedConsumer> logger)
    : InboxConsumer<DecisionChanged, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionChanged message, ConsumeContext<DecisionChanged> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.Current.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "decision-changed", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["number"] = message.Current.Number,
            ["effectiveFrom"] = EventValues.Date(message.EffectiveFrom),
        });
        await queue.QueueAsync(Db, request, [Audiences.Recipient(recipient, byLetter: true), .. Audiences.ConsentingRelatives(recipient)], cancellationToken);
    }
}
