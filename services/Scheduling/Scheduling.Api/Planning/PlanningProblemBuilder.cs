using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Routing;
using CareServices.Scheduling.Domain.Staff;
using CareServices.Scheduling.Domain.Visits;
using CareServices.Scheduling.Planner.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlannerVisit = CareServices.Scheduling.Planner.Model.Visit;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// Builds the planner's problem for one zone and date from the recipients' visits, the roster, absences, contact
/// persons and who visited whom lately. Times are minutes after the date's local midnight, counted as elapsed
/// time, so a daylight-saving day is planned with its real length.
/// </summary>
public sealed class PlanningProblemBuilder(SchedulingDbContext db, SchedulingClock clock, ITravelTimeSource travel, IOptions<DemandOptions> demandOptions)
{
    private const int RecentDays = 28;

    public async Task<PlanningInput> BuildAsync(string municipalityId, string zone, DateOnly date, bool disruption, CancellationToken cancellationToken)
    {
        var midnight = clock.Midnight(date);
        double Offset(DateTimeOffset instant) => (instant - midnight).TotalMinutes;

        var recipients = await db.Recipients.AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId && r.Zone == zone && r.Status != "ended")
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var recipientIds = recipients.Keys.ToList();

        // The plan date may lie past the horizon the events filled; derive it now (unchanged visits stay as they are).
        var writer = new VisitDemandWriter(db, clock, demandOptions);
        var withTasks = await db.CareTasks.Where(t => recipientIds.Contains(t.RecipientId)).Select(t => t.RecipientId).Distinct().ToListAsync(cancellationToken);
        foreach (var recipientId in withTasks)
        {
            await writer.RefreshAsync(municipalityId, recipientId, date, cancellationToken, to: date);
        }
        await db.SaveChangesAsync(cancellationToken);

        var visits = await db.Visits
            .Where(v => v.MunicipalityId == municipalityId && v.Date == date && recipientIds.Contains(v.RecipientId) && v.Status == VisitStatus.Open)
            .ToListAsync(cancellationToken);
        var now = clock.Now;
        if (disruption)
        {
            // Only what is still ahead is re-planned; a visit due to start now stays with whoever has it.
            visits = [.. visits.Where(v => v.PlannedStart is null ? clock.At(date, v.WindowEnd) > now : v.PlannedStart > now)];
        }

        var staff = await db.Staff.AsNoTracking().Where(s => s.MunicipalityId == municipalityId && s.Zone == zone && s.Active).ToDictionaryAsync(s => s.Id, cancellationToken);
        var staffIds = staff.Keys.ToList();
        var absent = await db.StaffAbsences.AsNoTracking().Where(a => staffIds.Contains(a.StaffId) && a.FirstDay <= date && a.LastDay >= date).Select(a => a.StaffId).ToListAsync(cancellationToken);
        var roster = await db.RosterShifts.AsNoTracking().Where(s => staffIds.Contains(s.StaffId) && s.Date == date && !absent.Contains(s.StaffId)).ToListAsync(cancellationToken);

        var refusals = await db.StaffPreferences.AsNoTracking().Where(p => recipientIds.Contains(p.RecipientId)).ToListAsync(cancellationToken);
        var contacts = await db.ContactAssignments.AsNoTracking().Where(c => recipientIds.Contains(c.RecipientId)).ToDictionaryAsync(c => c.RecipientId, cancellationToken);
        var since = date.AddDays(-RecentDays);
        var recent = await db.Visits.AsNoTracking()
            .Where(v => recipientIds.Contains(v.RecipientId) && v.Date >= since && v.Date < date && v.PublishedStart != null)
            .Select(v => new { v.RecipientId, v.PublishedStaffIds })
            .ToListAsync(cancellationToken);

        // Locations: each staff member's base, then each recipient's home.
        var points = new List<GeoPoint>();
        var staffLocation = new Dictionary<Guid, int>();
        foreach (var s in staff.Values)
        {
            staffLocation[s.Id] = points.Count;
            points.Add(new GeoPoint(s.BaseLatitude, s.BaseLongitude));
        }
        var recipientLocation = new Dictionary<Guid, int>();
        foreach (var r in recipients.Values.Where(r => visits.Any(v => v.RecipientId == r.Id)))
        {
            recipientLocation[r.Id] = points.Count;
            points.Add(new GeoPoint(r.Latitude, r.Longitude));
        }
        if (points.Count == 0)
        {
            points.Add(new GeoPoint(0, 0));
        }

        var matrices = new Dictionary<string, TravelMatrix>(StringComparer.Ordinal);
        foreach (var mode in staff.Values.Select(s => s.TransportMode).Append(TransportModes.Car).Distinct())
        {
            var table = await travel.TableAsync(points, mode, cancellationToken);
            matrices[mode] = new TravelMatrix(table.Size, table.Minutes, table.Kilometres);
        }

        var shifts = new List<StaffShift>();
        var staffByShift = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
        var refusedBy = refusals.Where(p => p.Refused).GroupBy(p => p.RecipientId).ToDictionary(g => g.Key, g => g.Select(p => p.StaffId).ToHashSet());
        foreach (var shift in roster)
        {
            var member = staff[shift.StaffId];
            var (startMinute, endMinute) = shift.MinutesOfDay();
            var start = Offset(clock.At(date, startMinute));
            var end = Offset(clock.At(date, endMinute));
            if (disruption)
            {
                start = Math.Max(start, Offset(now));
                if (end <= start)
                {
                    continue;
                }
            }
            // A recipient who refuses someone asks for a token every other shift holds: the refusal is then as hard as a competence.
            var competences = Competences.Effective(member.Competences)
                .Concat(refusedBy.Where(r => !r.Value.Contains(member.Id)).Select(r => RefusalToken(r.Key)))
                .ToHashSet(StringComparer.Ordinal);
            var length = end - start;
            var id = shift.Id.ToString("N");
            shifts.Add(new StaffShift(id, member.Id.ToString("N"), competences, start, end, staffLocation[member.Id], staffLocation[member.Id],
                MaxWorkingMinutes: length * member.EmploymentPercentage / 100.0 + 30, TravelMode: member.TransportMode)
            {
                Break = length > 330 ? new BreakWindow(start + 180, start + 300, 30) : null,
            });
            staffByShift[id] = member;
        }

        var plannerVisits = new List<PlannerVisit>();
        var syncs = new List<VisitSynchronisation>();
        var locationOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = roster.Where(s => staffByShift.ContainsKey(s.Id.ToString("N"))).ToList();
        string? ShiftFor(Guid staffId, int period) =>
            (planned.FirstOrDefault(s => s.StaffId == staffId && s.Period == period) ?? planned.FirstOrDefault(s => s.StaffId == staffId))?.Id.ToString("N");
        foreach (var visit in visits)
        {
            var earliest = Offset(clock.At(date, visit.WindowStart));
            var windowEnd = visit.WindowEnd < visit.WindowStart ? visit.WindowEnd.Hour * 60 + visit.WindowEnd.Minute + 24 * 60 : visit.WindowEnd.Hour * 60 + visit.WindowEnd.Minute;
            var latest = Math.Max(earliest, Offset(clock.At(date, windowEnd)));
            if (disruption)
            {
                earliest = Math.Max(earliest, Offset(now));
                latest = Math.Max(latest, earliest);
            }
            var required = visit.RequiredCompetences.ToHashSet(StringComparer.Ordinal);
            if (refusedBy.ContainsKey(visit.RecipientId))
            {
                required.Add(RefusalToken(visit.RecipientId));
            }
            var location = recipientLocation[visit.RecipientId];
            var halves = visit.DoubleStaffing ? new[] { PlanningInput.PlannerId(visit.Id), PlanningInput.PlannerId(visit.Id) + "/2" } : [PlanningInput.PlannerId(visit.Id)];
            for (var h = 0; h < halves.Length; h++)
            {
                var pv = new PlannerVisit(halves[h], visit.RecipientId.ToString("N"), location, visit.Minutes, earliest, latest, false, required, Period: visit.Period);
                if (visit.Pinned && visit.PlannedStart is { } pinnedStart && h < visit.StaffIds.Count && ShiftFor(visit.StaffIds[h], visit.Period) is { } pinnedShift)
                {
                    pv = pv with { PinnedShiftId = pinnedShift, PinnedStart = Offset(pinnedStart) };
                }
                plannerVisits.Add(pv);
                locationOf[halves[h]] = location;
            }
            if (visit.DoubleStaffing)
            {
                syncs.Add(VisitSynchronisation.Simultaneous(halves[0], halves[1]));
            }
        }

        var continuity = recipientLocation.Keys.Select(id =>
        {
            contacts.TryGetValue(id, out var contact);
            var known = recent.Where(v => v.RecipientId == id).SelectMany(v => v.PublishedStaffIds)
                .Concat(refusals.Where(p => p.RecipientId == id && !p.Refused).Select(p => p.StaffId))
                .Select(s => s.ToString("N")).ToHashSet(StringComparer.Ordinal);
            return new RecipientContinuity(id.ToString("N"), contact?.ActingStaffId.ToString("N"),
                contact is null ? null : (contact.ActingStaffId == contact.PrimaryStaffId ? contact.SecondaryStaffId : contact.PrimaryStaffId)?.ToString("N"), known);
        }).ToList();

        Plan? current = null;
        if (disruption)
        {
            var routes = visits.Where(v => v.PlannedStart is not null)
                .SelectMany(v => v.StaffIds.Select((s, i) => (Shift: ShiftFor(s, v.Period), Id: i == 0 ? PlanningInput.PlannerId(v.Id) : PlanningInput.PlannerId(v.Id) + "/2", Start: Offset(v.PlannedStart!.Value))))
                .Where(x => x.Shift is not null)
                .GroupBy(x => x.Shift!)
                .Select(g => new PlannedRoute(g.Key, [.. g.OrderBy(x => x.Start).Select(x => new PlannedVisit(x.Id, x.Start))]))
                .ToList();
            current = new Plan(routes, []);
        }

        var problem = new PlanningProblem(plannerVisits, syncs, shifts, matrices, continuity);
        return new PlanningInput(problem, date, midnight, visits.ToDictionary(v => v.Id), staffByShift, locationOf, current);
    }

    private static string RefusalToken(Guid recipientId) => $"not-refused-by:{recipientId:N}";
}
