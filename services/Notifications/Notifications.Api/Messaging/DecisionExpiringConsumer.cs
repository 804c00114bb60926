using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A decision about to expire: the case workers are told, so someone reassesses. The event names no case worker,
/// so it goes to the case workers of the recipient's zone (all of the municipality's when the zone has none).
/// </summary>
public sealed class DecisionExpiringConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<DecisionExpiringConsumer> logger)
    : InboxConsumer<DecisionExpiring, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionExpiring message, ConsumeContext<DecisionExpiring> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "decision-expiring", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["number"] = message.Number,
            ["validTo"] = EventValues.Date(message.ValidTo),
        });
        await queue.QueueAsync(Db, request, await Audiences.StaffAsync(Db, message.MunicipalityId, Roles.CaseWorker, recipient.Zone, cancellationToken), cancellationToken);
    }
}
