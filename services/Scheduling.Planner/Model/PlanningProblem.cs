namespace CareServices.Scheduling.Planner.Model;

/// <summary>Everything the planner needs for one horizon. Times are minutes from the horizon start.</summary>
public sealed record PlanningProblem(
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<VisitSynchronisation> Synchronisations,
    IReadOnlyList<StaffShift> Shifts,
    IReadOnlyDictionary<string, TravelMatrix> TravelMatrices,
    IReadOnlyList<RecipientContinuity> Continuity)
{
    /// <summary>Problem with a single travel matrix used by every shift's travel mode.</summary>
    public static PlanningProblem WithSingleMatrix(
        IReadOnlyList<Visit> visits,
        IReadOnlyList<VisitSynchronisation> synchronisations,
        IReadOnlyList<StaffShift> shifts,
        TravelMatrix matrix,
        IReadOnlyList<RecipientContinuity> continuity)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        var matrices = shifts.Select(s => s.TravelMode).Distinct().ToDictionary(m => m, _ => matrix);
        return new PlanningProblem(visits, synchronisations, shifts, matrices, continuity);
    }
}
