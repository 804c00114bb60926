using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace CareServices.Notifications.Domain.Activities;

/// <summary>
/// An activity's schedule as <c>ActivityChanged</c> describes it: the first start and, for a series, an RFC 5545 RRULE
/// expanded in the municipality's time zone (so 11:00 stays 11:00 across daylight-saving changes), as Activities does.
/// Tells whether a signed-up occurrence still exists after the schedule changed.
/// </summary>
public sealed record ActivitySchedule(DateTimeOffset FirstStart, string? Recurrence, string TimeZone)
{
    public bool Occurs(DateTimeOffset start)
    {
        start = start.ToUniversalTime();
        if (Recurrence is null)
        {
            return start == FirstStart.ToUniversalTime();
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var localStart = TimeZoneInfo.ConvertTime(FirstStart, zone).DateTime;
        var calendarEvent = new CalendarEvent
        {
            DtStart = new CalDateTime(localStart, TimeZone, true),
            RecurrenceRule = new RecurrenceRule(Recurrence),
        };
        var from = new CalDateTime(start.UtcDateTime, CalDateTime.UtcTzId, true);
        var until = new CalDateTime(start.AddMinutes(1).UtcDateTime, CalDateTime.UtcTzId, true);
        return calendarEvent.GetOccurrences(from).TakeWhileBefore(until)
            .Any(o => DateTime.SpecifyKind(o.Period.StartTime.AsUtc, DateTimeKind.Utc) == start.UtcDateTime);
    }
}
