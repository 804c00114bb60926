using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>A moved visit blocks its new time instead of the old one.</summary>
public sealed class VisitRescheduledConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<VisitRescheduledConsumer> logger)
    : InboxConsumer<VisitRescheduled, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitRescheduled message, ConsumeContext<VisitRescheduled> context, CancellationToken cancellationToken)
    {
        var visit = await Db.PlannedVisits.FindAsync([message.VisitId], cancellationToken);
        if (visit is null)
        {
            Db.PlannedVisits.Add(PlannedVisit.Planned(message.VisitId, message.MunicipalityId, message.RecipientId, message.PlannedStart, message.PlannedEnd, message.OccurredAt));
            return;
        }
        visit.Replan(message.PlannedStart, message.PlannedEnd, message.OccurredAt);
    }
}
