using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.SignUps;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>
/// Builds a month of the calendar: every occurrence of the municipality's published activities (for a zone: that
/// zone's and the municipality-wide ones) that starts in the local month, with seats left where there is a capacity.
/// </summary>
public sealed class MonthlyCalendar(ActivitiesDbContext db, MunicipalityTime time, OccurrenceCache occurrences)
{
    public async Task<CalendarMonth> BuildAsync(string municipalityId, int year, int month, string? zone, CancellationToken cancellationToken)
    {
        var (from, to) = time.Month(municipalityId, year, month);
        var local = time.TimeZone(municipalityId);
        var activities = await db.Activities.AsNoTracking().Of(municipalityId)
            .Where(a => a.Status == ActivityStatus.Published && (zone == null || a.Zone == null || a.Zone == zone))
            .ToListAsync(cancellationToken);
        var organisers = await db.Organisers.AsNoTracking().Of(municipalityId).ToDictionaryAsync(o => o.Id, cancellationToken);
        var taken = (await db.SignUps.AsNoTracking()
                .Where(s => s.MunicipalityId == municipalityId && s.Status == SignUpStatus.Confirmed && s.OccurrenceStart >= from && s.OccurrenceStart < to)
                .GroupBy(s => new { s.ActivityId, s.OccurrenceStart })
                .Select(g => new { g.Key.ActivityId, g.Key.OccurrenceStart, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(t => (t.ActivityId, t.OccurrenceStart), t => t.Count);

        var entries = new List<CalendarEntry>();
        foreach (var activity in activities)
        {
            var organiser = organisers.GetValueOrDefault(activity.OrganiserId);
            foreach (var occurrence in occurrences.Between(activity, from, to))
            {
                int? seatsLeft = activity.Capacity is { } capacity ? Math.Max(0, capacity - taken.GetValueOrDefault((activity.Id, occurrence.Start))) : null;
                entries.Add(new CalendarEntry(
                    activity.Id, activity.Title, activity.Category, activity.Description,
                    MunicipalityTime.Local(occurrence.Start, local), MunicipalityTime.Local(occurrence.End, local), occurrence.Start,
                    activity.Place.Name, activity.Place.Address, activity.Place.WheelchairAccessible, activity.Place.HearingLoop,
                    organiser?.Name ?? "", organiser?.Phone ?? "", activity.TransportOffered, activity.Cost, activity.Language,
                    activity.Capacity, seatsLeft, activity.Zone));
            }
        }
        var days = entries
            .GroupBy(e => DateOnly.FromDateTime(e.Start))
            .OrderBy(g => g.Key)
            .Select(g => new CalendarDay(g.Key, [.. g.OrderBy(e => e.Start).ThenBy(e => e.Title, StringComparer.Ordinal)]))
            .ToList();
        return new CalendarMonth(municipalityId, year, month, zone, entries.Count, days);
    }
}
