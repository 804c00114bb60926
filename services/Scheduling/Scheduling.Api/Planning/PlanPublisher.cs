using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.WorkLists;
using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// Tells other services what a plan changed, one event per changed visit (<c>VisitScheduled</c>,
/// <c>VisitRescheduled</c>, <c>VisitCancelled</c>), in the same transaction as the visits' published state.
/// </summary>
public sealed class PlanPublisher(SchedulingDbContext db, SchedulingClock clock, WorkListCache workLists)
{
    public async Task<int> PublishAsync(PlanRun run, CancellationToken cancellationToken)
    {
        var visits = await db.Visits.Where(v => v.PlanId == run.Id).ToListAsync(cancellationToken);
        var now = clock.Now;
        var published = 0;
        foreach (var visit in visits)
        {
            var change = visit.PendingChange();
            if (change is null)
            {
                continue;
            }
            Stage(visit, change.Value, now);
            visit.MarkPublished(now);
            published++;
        }
        run.MarkPublished(now);
        await db.SaveChangesAsync(cancellationToken);
        await workLists.InvalidateAsync(run.MunicipalityId, run.Date, cancellationToken);
        return published;
    }

    private void Stage(Visit visit, VisitChange change, DateTimeOffset now)
    {
        var lines = visit.Lines.GroupBy(l => l.ServiceLineId).Select(g => new PlannedServiceMinutes { ServiceLineId = g.Key, Minutes = g.Sum(l => l.Minutes) }).ToList();
        var aggregate = visit.Id.ToString();
        switch (change)
        {
            case VisitChange.Scheduled:
                db.AddOutboxMessage(new VisitScheduled
                {
                    OccurredAt = now,
                    MunicipalityId = visit.MunicipalityId,
                    VisitId = visit.Id,
                    RecipientId = visit.RecipientId,
                    Date = visit.Date,
                    PlannedStart = visit.PlannedStart!.Value,
                    PlannedEnd = visit.PlannedEnd,
                    StaffIds = visit.StaffIds,
                    Lines = lines,
                }, aggregate);
                break;
            case VisitChange.Rescheduled:
                db.AddOutboxMessage(new VisitRescheduled
                {
                    OccurredAt = now,
                    MunicipalityId = visit.MunicipalityId,
                    VisitId = visit.Id,
                    RecipientId = visit.RecipientId,
                    Date = visit.Date,
                    PlannedStart = visit.PlannedStart!.Value,
                    PlannedEnd = visit.PlannedEnd!.Value,
                    StaffIds = visit.StaffIds,
                    Lines = lines,
                    PreviousDate = visit.PublishedDate ?? visit.Date,
                    PreviousStart = visit.PublishedStart!.Value,
                    PreviousStaffIds = visit.PublishedStaffIds,
                }, aggregate);
                break;
            default:
                db.AddOutboxMessage(new VisitCancelled
                {
                    OccurredAt = now,
                    MunicipalityId = visit.MunicipalityId,
                    VisitId = visit.Id,
                    RecipientId = visit.RecipientId,
                    Date = visit.Date,
                    Reason = visit.Status == VisitStatus.Cancelled ? visit.CancellationReason : "not planned",
                }, aggregate);
                break;
        }
    }
}
