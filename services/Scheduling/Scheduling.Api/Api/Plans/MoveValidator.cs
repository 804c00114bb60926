using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Staff;
using CareServices.Scheduling.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Plans;

/// <summary>
/// Checks a planner's move or pin. Competence, a shift that covers the visit, absence and a refused staff member
/// make it impossible (the first such reason is returned); overlap with the staff member's other visits and a
/// start outside the agreed window are allowed but come back as warnings.
/// </summary>
public sealed class MoveValidator(SchedulingDbContext db, SchedulingClock clock)
{
    public sealed record Outcome(string? Field, string? Refusal, IReadOnlyList<string> Warnings);

    public async Task<Outcome> CheckAsync(Visit visit, IReadOnlyList<Guid> staffIds, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        if (staffIds.Count != (visit.DoubleStaffing ? 2 : 1) || staffIds.Distinct().Count() != staffIds.Count)
        {
            return new Outcome("staffIds", visit.DoubleStaffing ? "a double-staffed visit needs two different staff members" : "name exactly one staff member", warnings);
        }
        var end = start.AddMinutes(visit.Minutes);
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id) && s.MunicipalityId == visit.MunicipalityId).ToListAsync(cancellationToken);
        foreach (var id in staffIds)
        {
            var member = staff.FirstOrDefault(s => s.Id == id);
            if (member is null || !member.Active)
            {
                return new Outcome("staffIds", $"staff member {id} is not active staff of this municipality", warnings);
            }
            var missing = visit.RequiredCompetences.Where(c => !Competences.Covers(member.Competences, c)).ToList();
            if (missing.Count > 0)
            {
                return new Outcome("staffIds", $"{member.Name} lacks the competence the visit needs: {string.Join(", ", missing)}", warnings);
            }
            if (await db.StaffPreferences.AnyAsync(p => p.RecipientId == visit.RecipientId && p.StaffId == id && p.Refused, cancellationToken))
            {
                return new Outcome("staffIds", $"the recipient has refused visits by {member.Name}", warnings);
            }
            if (await db.StaffAbsences.AnyAsync(a => a.StaffId == id && a.FirstDay <= visit.Date && a.LastDay >= visit.Date, cancellationToken))
            {
                return new Outcome("staffIds", $"{member.Name} is absent on {visit.Date:yyyy-MM-dd}", warnings);
            }
            var shifts = await db.RosterShifts.AsNoTracking().Where(s => s.StaffId == id && s.Date == visit.Date).ToListAsync(cancellationToken);
            var covered = shifts.Any(s =>
            {
                var (from, to) = s.MinutesOfDay();
                return clock.At(visit.Date, from) <= start && clock.At(visit.Date, to) >= end;
            });
            if (!covered)
            {
                return new Outcome("start", $"{member.Name} has no shift on {visit.Date:yyyy-MM-dd} that covers {clock.ToLocal(start):HH:mm}–{clock.ToLocal(end):HH:mm}", warnings);
            }
            var overlapping = await db.Visits.AsNoTracking()
                .Where(v => v.Id != visit.Id && v.Date == visit.Date && v.Status != VisitStatus.Cancelled && v.StaffIds.Contains(id) && v.PlannedStart != null)
                .Select(v => new { v.PlannedStart, v.Minutes })
                .ToListAsync(cancellationToken);
            if (overlapping.Any(v => v.PlannedStart < end && v.PlannedStart!.Value.AddMinutes(v.Minutes) > start))
            {
                warnings.Add($"{member.Name} has another visit at that time");
            }
        }
        var windowStart = clock.At(visit.Date, visit.WindowStart);
        var windowEnd = clock.At(visit.Date, visit.WindowEnd < visit.WindowStart ? visit.WindowEnd.Hour * 60 + visit.WindowEnd.Minute + 24 * 60 : visit.WindowEnd.Hour * 60 + visit.WindowEnd.Minute);
        if (start < windowStart || start > windowEnd)
        {
            warnings.Add($"the start {clock.ToLocal(start):HH:mm} is outside the agreed window {visit.WindowStart:HH:mm}–{visit.WindowEnd:HH:mm}");
        }
        return new Outcome(null, null, warnings);
    }
}
