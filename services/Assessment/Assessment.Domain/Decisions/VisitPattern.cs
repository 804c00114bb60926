namespace CareServices.Assessment.Domain.Decisions;

/// <summary>
/// How often and when a service line's visits happen. Windows or an exact agreed time, never both; with
/// <see cref="FrequencyKind.TimesPerDay"/> there is one window per visit of the day.
/// </summary>
public sealed record VisitPattern(
    FrequencyKind Kind,
    IReadOnlyList<DayOfWeek> Weekdays,
    int IntervalWeeks,
    int TimesPerDay,
    IReadOnlyList<TimeWindow> Windows,
    TimeOnly? ExactTime)
{
    /// <summary>The weekdays with visits: every day unless the pattern names days.</summary>
    public IReadOnlyList<DayOfWeek> Days => Kind == FrequencyKind.Daily || Weekdays.Count == 0 ? AllDays : Weekdays;

    public int VisitsPerDay => Kind == FrequencyKind.TimesPerDay ? TimesPerDay : 1;

    /// <summary>Average visits per week (every other week on one day gives 0.5).</summary>
    public decimal VisitsPerWeek => (decimal)Days.Count * VisitsPerDay / (Kind == FrequencyKind.EveryNWeeks ? IntervalWeeks : 1);

    /// <summary>The windows the visits take: the agreed time as a window of the visit's length, or the whole day when nothing is agreed.</summary>
    public IReadOnlyList<TimeWindow> Occupied(int minutesPerVisit)
    {
        if (ExactTime is { } at)
        {
            var end = at.AddMinutes(minutesPerVisit);
            return [new TimeWindow(at, end < at ? TimeOnly.MaxValue : end)];
        }
        return Windows.Count > 0 ? Windows : [new TimeWindow(TimeOnly.MinValue, TimeOnly.MaxValue)];
    }

    private static readonly IReadOnlyList<DayOfWeek> AllDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Value equality over the lists too, so EF and tests compare patterns by content.</summary>
    public bool Equals(VisitPattern? other) =>
        other is not null && Kind == other.Kind && IntervalWeeks == other.IntervalWeeks && TimesPerDay == other.TimesPerDay
        && ExactTime == other.ExactTime && Weekdays.SequenceEqual(other.Weekdays) && Windows.SequenceEqual(other.Windows);

    public override int GetHashCode() => HashCode.Combine(Kind, IntervalWeeks, TimesPerDay, ExactTime, Weekdays.Count, Windows.Count);
}
