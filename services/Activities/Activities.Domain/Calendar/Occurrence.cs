namespace CareServices.Activities.Domain.Calendar;

/// <summary>One occurrence of an activity, in UTC.</summary>
public readonly record struct Occurrence(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
