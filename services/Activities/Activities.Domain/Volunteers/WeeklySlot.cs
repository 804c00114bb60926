namespace CareServices.Activities.Domain.Volunteers;

/// <summary>A time a volunteer is free every week, in the municipality's local time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly From, TimeOnly To)
{
    public bool Covers(DateTime localStart, DateTime localEnd) =>
        localStart.DayOfWeek == Day && localStart.Date == localEnd.Date
        && TimeOnly.FromDateTime(localStart) >= From && TimeOnly.FromDateTime(localEnd) <= To;
}
