namespace CareServices.Assessment.Domain.Decisions;

/// <summary>A time-of-day window a visit must fall in (e.g. morning 07:00–10:00).</summary>
public sealed record TimeWindow(TimeOnly Start, TimeOnly End)
{
    public bool Overlaps(TimeWindow other) => Start < other.End && other.Start < End;
}
