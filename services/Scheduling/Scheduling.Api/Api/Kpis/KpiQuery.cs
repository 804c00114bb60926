using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Kpis;

/// <summary>Computes a <see cref="KpiReport"/> from visits, roster, absences and contact persons.</summary>
public sealed class KpiQuery(SchedulingDbContext db, SchedulingClock clock)
{
    public async Task<KpiReport> RunAsync(string municipalityId, string zone, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var recipients = await db.Recipients.AsNoTracking().Where(r => r.MunicipalityId == municipalityId && r.Zone == zone).Select(r => r.Id).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking()
            .Where(v => recipients.Contains(v.RecipientId) && v.Date >= from && v.Date <= to && v.Status != VisitStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var contacts = await db.ContactAssignments.AsNoTracking().Where(c => recipients.Contains(c.RecipientId)).ToDictionaryAsync(c => c.RecipientId, cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => s.MunicipalityId == municipalityId && s.Zone == zone).Select(s => s.Id).ToListAsync(cancellationToken);
        var shifts = await db.RosterShifts.AsNoTracking().Where(s => staff.Contains(s.StaffId) && s.Date >= from && s.Date <= to).ToListAsync(cancellationToken);
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => staff.Contains(a.StaffId) && a.LastDay >= from && a.FirstDay <= to).ToListAsync(cancellationToken);
        var rostered = shifts.Where(s => !absences.Any(a => a.StaffId == s.StaffId && a.Covers(s.Date)))
            .Sum(s => { var (start, end) = s.MinutesOfDay(); return end - start; });

        var published = visits.Where(v => v.PublishedStart is not null).ToList();
        var blocks = published.GroupBy(v => (v.RecipientId, Block: (v.Date.DayNumber - from.DayNumber) / 14))
            .Select(g => g.SelectMany(v => v.PublishedStaffIds).Distinct().Count()).ToList();
        var byContact = published.Count(v => contacts.TryGetValue(v.RecipientId, out var c)
            && v.PublishedStaffIds.Any(s => s == c.PrimaryStaffId || s == c.SecondaryStaffId || s == c.ActingStaffId));
        var completed = visits.Where(v => v.Status == VisitStatus.Completed && v.CheckedInAt is not null && v.CheckedOutAt is not null).ToList();
        var checkedIn = visits.Where(v => v.CheckedInAt is not null).ToList();
        var punctual = checkedIn.Count(v =>
        {
            var windowEnd = v.WindowEnd < v.WindowStart ? clock.At(v.Date, v.WindowEnd.Hour * 60 + v.WindowEnd.Minute + 24 * 60) : clock.At(v.Date, v.WindowEnd);
            return v.CheckedInAt >= clock.At(v.Date, v.WindowStart) && v.CheckedInAt <= windowEnd;
        });
        var delivered = completed.Sum(v => (int)Math.Round((v.CheckedOutAt!.Value - v.CheckedInAt!.Value).TotalMinutes));
        // Time at recipients: what was checked where it was, what was planned elsewhere; a two-person visit counts for both.
        var atRecipients = published.Sum(v => (v.Status == VisitStatus.Completed && v.CheckedInAt is not null && v.CheckedOutAt is not null
            ? (v.CheckedOutAt.Value - v.CheckedInAt.Value).TotalMinutes
            : v.Minutes) * Math.Max(1, v.PublishedStaffIds.Count));
        var travel = published.Sum(v => v.TravelMinutesBefore * Math.Max(1, v.PublishedStaffIds.Count));

        static double Share(double part, double whole) => whole > 0 ? Math.Round(part / whole, 3) : 0;
        return new KpiReport(zone, from, to,
            blocks.Count > 0 ? Math.Round(blocks.Average(), 2) : 0,
            Share(byContact, published.Count),
            Share(atRecipients, rostered), 0.65,
            Share(punctual, checkedIn.Count),
            Share(travel, rostered),
            visits.Sum(v => v.Minutes), published.Sum(v => v.Minutes), delivered,
            visits.Select(v => v.RecipientId).Distinct().Count(), published.Count, completed.Count, visits.Count(v => v.MissedAt is not null));
    }
}
