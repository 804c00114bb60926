using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Demand;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Scheduling.Api.Demand;

/// <summary>
/// Keeps a recipient's visits equal to what their tasks ask for over the horizon: a visit whose demand is unchanged
/// keeps its id and plan; one no longer asked for is removed, or cancelled (with <c>VisitCancelled</c>) when other
/// services already know it; new demand becomes open visits for the next planning run. Changes are staged on the
/// context; the caller's <c>SaveChanges</c> commits them with the outbox rows.
/// </summary>
public sealed class VisitDemandWriter(SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options)
{
    private readonly HashSet<(string MunicipalityId, DateOnly Date)> _withdrawnPublishedDays = [];

    public DateOnly HorizonEnd => clock.Today.AddDays(options.Value.HorizonDays - 1);

    /// <summary>Days on which a published visit was withdrawn: their work lists are stale once the caller has committed.</summary>
    public IReadOnlyCollection<(string MunicipalityId, DateOnly Date)> WithdrawnPublishedDays => _withdrawnPublishedDays;

    /// <summary>Re-derives visits from <paramref name="from"/> (never before today) to the horizon's end, or to <paramref name="to"/>.</summary>
    public async Task RefreshAsync(string municipalityId, Guid recipientId, DateOnly from, CancellationToken cancellationToken, DateOnly? to = null)
    {
        var first = from > clock.Today ? from : clock.Today;
        var last = to ?? HorizonEnd;
        if (last < first)
        {
            return;
        }
        // Tasks staged in this context (not yet saved) count too.
        var tasks = await db.CareTasks.Where(t => t.RecipientId == recipientId).ToListAsync(cancellationToken);
        tasks = [.. tasks.Concat(db.CareTasks.Local.Where(t => t.RecipientId == recipientId && db.Entry(t).State == EntityState.Added)).Distinct()];
        var away = await db.Unavailability.AsNoTracking().Where(u => u.RecipientId == recipientId && u.LastDay >= first && u.FirstDay <= last).ToListAsync(cancellationToken);
        var demand = VisitDemand.Expand(tasks, first, last, date => away.Any(a => a.Covers(date)));

        var existing = await db.Visits
            .Where(v => v.RecipientId == recipientId && v.Date >= first && v.Date <= last && v.Status == VisitStatus.Open)
            .ToListAsync(cancellationToken);
        var unmatched = existing.GroupBy(v => v.Signature).ToDictionary(g => g.Key, g => new Queue<Visit>(g));
        foreach (var wanted in demand)
        {
            if (unmatched.TryGetValue(wanted.Signature, out var same) && same.Count > 0)
            {
                same.Dequeue();
                continue;
            }
            db.Visits.Add(Visit.FromDemand(municipalityId, recipientId, wanted));
        }
        foreach (var stale in unmatched.Values.SelectMany(q => q))
        {
            Withdraw(stale, away.Any(a => a.Covers(stale.Date)) ? "recipient not at home" : "decision changed");
        }
    }

    /// <summary>Cancels a visit nobody is to make any more; other services hear of it only if they knew of it.</summary>
    public void Withdraw(Visit visit, string reason)
    {
        var known = visit.IsPublished;
        visit.Cancel(reason);
        if (!known)
        {
            db.Visits.Remove(visit);
            return;
        }
        _withdrawnPublishedDays.Add((visit.MunicipalityId, visit.Date));
        db.AddOutboxMessage(new VisitCancelled
        {
            OccurredAt = clock.Now,
            MunicipalityId = visit.MunicipalityId,
            VisitId = visit.Id,
            RecipientId = visit.RecipientId,
            Date = visit.Date,
            Reason = reason,
        }, visit.Id.ToString());
        visit.MarkPublished(clock.Now);
    }
}
