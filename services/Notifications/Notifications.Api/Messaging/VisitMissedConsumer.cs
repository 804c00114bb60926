using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Alerts;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A missed visit raises an alert (one per visit) and takes its first step at once: the zone's planners are told.
/// The escalation worker takes the later steps while nobody acknowledges it.
/// </summary>
public sealed class VisitMissedConsumer(NotificationsDbContext db, AlertEscalation escalation, TimeProvider timeProvider, ILogger<VisitMissedConsumer> logger)
    : InboxConsumer<VisitMissed, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitMissed message, ConsumeContext<VisitMissed> context, CancellationToken cancellationToken)
    {
        if (await Db.Alerts.AnyAsync(a => a.VisitId == message.VisitId, cancellationToken)
            || Db.Alerts.Local.Any(a => a.VisitId == message.VisitId))
        {
            return;
        }
        // Fails (and is retried) before anything is added when the recipient is not known here yet.
        await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        await escalation.RaiseAsync(Db, message.MunicipalityId, message.VisitId, message.RecipientId, message.WindowStart, cancellationToken);
    }
}
