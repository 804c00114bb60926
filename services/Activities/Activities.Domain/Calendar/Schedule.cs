using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace CareServices.Activities.Domain.Calendar;

/// <summary>
/// When an activity happens: a first start and end in local time of a time zone, and optionally an RFC 5545 RRULE.
/// Occurrences are expanded in that time zone, so "every Tuesday 11:00" is 11:00 on both sides of a daylight-saving
/// change (10:00 UTC in winter, 09:00 UTC in summer).
/// </summary>
public sealed record Schedule(DateTime LocalStart, DateTime LocalEnd, string TimeZone, string? Recurrence)
{
    /// <summary>Why a recurrence rule cannot be used, or null when it can.</summary>
    public static string? RecurrenceError(string recurrence)
    {
        try
        {
            // A valid but hourly (or finer) rule would fill a month with thousands of occurrences of one activity and
            // make every calendar, feed and suggestion expand them all.
            return new RecurrenceRule(recurrence).Frequency is FrequencyType.Daily or FrequencyType.Weekly or FrequencyType.Monthly or FrequencyType.Yearly
                ? null
                : "must repeat daily, weekly, monthly or yearly (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)";
        }
        catch (ArgumentException e)
        {
            return $"is not a valid RFC 5545 RRULE ({e.Message.Split(" (Parameter", 2)[0]})";
        }
    }

    public DateTimeOffset FirstStart => ToUtc(LocalStart);

    public DateTimeOffset FirstEnd => ToUtc(LocalEnd);

    public TimeSpan Duration => LocalEnd - LocalStart;

    /// <summary>Occurrences that start in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<Occurrence> Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (Recurrence is null)
        {
            var single = new Occurrence(FirstStart, FirstEnd);
            return single.Start >= from && single.Start < to ? [single] : [];
        }
        return Expand(from, to);
    }

    /// <summary>Whether an occurrence starts exactly at <paramref name="start"/>.</summary>
    public Occurrence? At(DateTimeOffset start) =>
        Between(start, start.AddMinutes(1)).Where(o => o.Start == start).Cast<Occurrence?>().FirstOrDefault();

    public CalendarEvent ToCalendarEvent()
    {
        var calendarEvent = new CalendarEvent
        {
            DtStart = new CalDateTime(LocalStart, TimeZone, true),
            DtEnd = new CalDateTime(LocalEnd, TimeZone, true),
        };
        if (Recurrence is not null)
        {
            calendarEvent.RecurrenceRule = new RecurrenceRule(Recurrence);
        }
        return calendarEvent;
    }

    private IEnumerable<Occurrence> Expand(DateTimeOffset from, DateTimeOffset to)
    {
        var duration = Duration;
        var calendarEvent = ToCalendarEvent();
        var start = new CalDateTime(from.UtcDateTime, CalDateTime.UtcTzId, true);
        var end = new CalDateTime(to.UtcDateTime, CalDateTime.UtcTzId, true);
        foreach (var occurrence in calendarEvent.GetOccurrences(start).TakeWhileBefore(end))
        {
            var utc = new DateTimeOffset(DateTime.SpecifyKind(occurrence.Period.StartTime.AsUtc, DateTimeKind.Utc));
            if (utc >= from)
            {
                yield return new Occurrence(utc, utc + duration);
            }
        }
    }

    private DateTimeOffset ToUtc(DateTime local) =>
        new(DateTime.SpecifyKind(new CalDateTime(local, TimeZone, true).AsUtc, DateTimeKind.Utc));
}
