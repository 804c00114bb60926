namespace CareServices.Scheduling.Planner.Model;

/// <summary>
/// One shift of one staff member: the route leaves <paramref name="StartLocation"/> no earlier than
/// <paramref name="Start"/> and must be back at <paramref name="EndLocation"/> by <paramref name="End"/> (both hard).
/// </summary>
/// <param name="MaxWorkingMinutes">Working time beyond this costs overtime (soft).</param>
/// <param name="TravelMode">Key of the travel matrix this staff member uses.</param>
public sealed record StaffShift(
    string Id,
    string StaffId,
    IReadOnlySet<string> Competences,
    double Start,
    double End,
    int StartLocation,
    int EndLocation,
    double MaxWorkingMinutes = double.PositiveInfinity,
    string TravelMode = TravelModes.Car)
{
    public BreakWindow? Break { get; init; }
}
