using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>A cancelled visit no longer blocks an activity at that time.</summary>
public sealed class VisitCancelledConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<VisitCancelledConsumer> logger)
    : InboxConsumer<VisitCancelled, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitCancelled message, ConsumeContext<VisitCancelled> context, CancellationToken cancellationToken)
    {
        var visit = await Db.PlannedVisits.FindAsync([message.VisitId], cancellationToken);
        if (visit is null)
        {
            Db.PlannedVisits.Add(PlannedVisit.CancelledBeforePlanned(message.VisitId, message.MunicipalityId, message.RecipientId, message.OccurredAt));
            return;
        }
        visit.Cancel(message.OccurredAt);
    }
}
