using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>
/// The municipality's public iCalendar feed: one VEVENT per published activity still taking place (a series with its
/// RRULE and EXDATEs for cancelled occurrences), in the activity's time zone with that zone's VTIMEZONE. Public
/// information only — title, time, place, organiser — never who signed up.
/// </summary>
public sealed class CalendarFeed(ActivitiesDbContext db, TimeProvider timeProvider)
{
    /// <summary>Activities whose last occurrence ended longer ago than this are left out of the feed.</summary>
    private static readonly TimeSpan History = TimeSpan.FromDays(31);

    public async Task<string> RenderAsync(string municipalityId, string? zone, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var activities = await db.Activities.AsNoTracking().Of(municipalityId)
            .Where(a => a.Status == ActivityStatus.Published && (zone == null || a.Zone == null || a.Zone == zone))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var organisers = await db.Organisers.AsNoTracking().Of(municipalityId).ToDictionaryAsync(o => o.Id, cancellationToken);

        var calendar = new Ical.Net.Calendar { ProductId = "-//CareServices//Activities//NB", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Aktiviteter {municipalityId}{(zone is null ? "" : " " + zone)}");
        foreach (var timeZone in activities.Select(a => a.Schedule.TimeZone).Distinct(StringComparer.Ordinal))
        {
            calendar.AddTimeZone(timeZone);
        }
        foreach (var activity in activities.Where(a => a.OccurrencesBetween(now - History, now.AddYears(1)).Any()))
        {
            var calendarEvent = activity.Schedule.ToCalendarEvent();
            calendarEvent.Uid = $"{activity.Id}@activities.careservices";
            calendarEvent.Summary = activity.Title;
            calendarEvent.Description = activity.Description;
            calendarEvent.Location = activity.Place.Address is { Length: > 0 } address ? $"{activity.Place.Name}, {address}" : activity.Place.Name;
            calendarEvent.GeographicLocation = new GeographicLocation(activity.Place.Latitude, activity.Place.Longitude);
            calendarEvent.Categories.Add(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(activity.Category.ToString()));
            calendarEvent.DtStamp = new CalDateTime(activity.ChangedAt.UtcDateTime, CalDateTime.UtcTzId, true);
            if (organisers.GetValueOrDefault(activity.OrganiserId) is { } organiser)
            {
                calendarEvent.Contacts.Add($"{organiser.Name}, {organiser.ContactPerson}, {organiser.Phone}");
            }
            if (activity.CancelledOccurrences.Count > 0)
            {
                var zoneInfo = TimeZoneInfo.FindSystemTimeZoneById(activity.Schedule.TimeZone);
                calendarEvent.ExceptionDates.AddRange(activity.CancelledOccurrences.Select(cancelled =>
                    new CalDateTime(TimeZoneInfo.ConvertTime(cancelled, zoneInfo).DateTime, activity.Schedule.TimeZone, true)));
            }
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
