using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace CareServices.Scheduling.Domain.Demand;

/// <summary>
/// Turns a granted visit pattern into an RRULE and an RRULE into dates. Occurrences are whole local dates
/// (floating, no time of day), so a daylight-saving change never moves or drops one; the time window is applied
/// per date afterwards in the municipality's time zone.
/// </summary>
public static class RecurrenceRules
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>
    /// <paramref name="frequency"/> is Assessment's <c>daily</c>, <c>weekdays</c>, <c>everyNWeeks</c> or
    /// <c>timesPerDay</c>; every pattern on fewer than seven days becomes weekly with those days.
    /// </summary>
    public static string FromPattern(string frequency, IReadOnlyCollection<DayOfWeek> weekdays, int intervalWeeks)
    {
        var days = weekdays.Count is 0 or 7 ? null : string.Join(',', weekdays.Distinct().Order().Select(d => DayCodes[(int)d]));
        var interval = frequency == "everyNWeeks" && intervalWeeks > 1 ? $";INTERVAL={intervalWeeks}" : "";
        return days is null && interval.Length == 0 ? "FREQ=DAILY" : $"FREQ=WEEKLY{interval};BYDAY={days ?? string.Join(',', DayCodes[1..].Append(DayCodes[0]))}";
    }

    /// <summary>Whether <paramref name="rule"/> parses as an RRULE.</summary>
    public static bool IsValid(string rule)
    {
        try
        {
            _ = new RecurrencePattern(rule);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The dates in [<paramref name="from"/>, <paramref name="to"/>] on which <paramref name="rule"/>, anchored on <paramref name="anchor"/>, occurs.</summary>
    public static IEnumerable<DateOnly> Dates(string rule, DateOnly anchor, DateOnly from, DateOnly to)
    {
        if (to < from || to < anchor)
        {
            yield break;
        }
        var series = new CalendarEvent
        {
            DtStart = new CalDateTime(anchor),
            RecurrenceRule = new RecurrencePattern(rule),
        };
        foreach (var occurrence in series.GetOccurrences(new CalDateTime(from > anchor ? from : anchor)))
        {
            var date = DateOnly.FromDateTime(occurrence.Period.StartTime.Value);
            if (date > to)
            {
                yield break;
            }
            yield return date;
        }
    }
}
