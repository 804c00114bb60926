using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>A cancelled visit: the recipient and consenting relatives are told (the reason stays out: it may be about health).</summary>
public sealed class VisitCancelledConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<VisitCancelledConsumer> logger)
    : InboxConsumer<VisitCancelled, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitCancelled message, ConsumeContext<VisitCancelled> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "visit-cancelled", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["date"] = EventValues.Date(message.Date),
        });
        await queue.QueueAsync(Db, request, Audiences.RecipientAndRelatives(recipient), cancellationToken);
    }
}
