using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>Keeps the recipient's planned visits, so suggested activities do not clash with care.</summary>
public sealed class VisitScheduledConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<VisitScheduledConsumer> logger)
    : InboxConsumer<VisitScheduled, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitScheduled message, ConsumeContext<VisitScheduled> context, CancellationToken cancellationToken)
    {
        // Older publishers leave PlannedEnd out; then the visit lasts as long as its lines' minutes.
        var end = message.PlannedEnd ?? message.PlannedStart.AddMinutes(message.Lines.Sum(l => l.Minutes));
        var visit = await Db.PlannedVisits.FindAsync([message.VisitId], cancellationToken);
        if (visit is null)
        {
            Db.PlannedVisits.Add(PlannedVisit.Planned(message.VisitId, message.MunicipalityId, message.RecipientId, message.PlannedStart, end, message.OccurredAt));
            return;
        }
        visit.Replan(message.PlannedStart, end, message.OccurredAt);
    }
}
