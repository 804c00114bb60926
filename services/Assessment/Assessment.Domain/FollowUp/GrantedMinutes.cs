using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>
/// The minutes a decision version grants a line over some days: its visit days within the version's validity. A line
/// every N weeks falls in the weeks counted from the version's first week, so a fortnightly cleaning is granted in
/// full in its weeks and not at all in the others (as it is planned), not as half a visit every week.
/// </summary>
public static class GrantedMinutes
{
    public static decimal For(Decision decision, ServiceLine line, DateOnly from, DateOnly to)
    {
        var start = decision.ValidFrom > from ? decision.ValidFrom : from;
        var lastDay = decision.EndedOn ?? decision.ValidTo ?? DateOnly.MaxValue;
        var end = lastDay < to ? lastDay : to;
        var perDay = (decimal)line.MinutesPerVisit * line.Pattern.VisitsPerDay;
        var interval = line.Pattern.Kind == FrequencyKind.EveryNWeeks ? line.Pattern.IntervalWeeks : 1;
        var firstWeek = VisitMinutes.Monday(decision.ValidFrom);
        var total = 0m;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            if (line.Pattern.Days.Contains(day.DayOfWeek) && (VisitMinutes.Monday(day).DayNumber - firstWeek.DayNumber) / 7 % interval == 0)
            {
                total += perDay;
            }
        }
        return total;
    }

    /// <summary>How far <paramref name="actual"/> is from <paramref name="granted"/>, as a fraction; null when nothing was granted.</summary>
    public static decimal? Deviation(decimal granted, decimal actual) => granted == 0 ? null : Math.Round((actual - granted) / granted, 3);

    /// <summary>More than 15 % off, or minutes where nothing was granted.</summary>
    public static bool Flagged(decimal granted, decimal actual) =>
        granted == 0 ? actual > 0 : Math.Abs(actual - granted) / granted > 0.15m;
}
