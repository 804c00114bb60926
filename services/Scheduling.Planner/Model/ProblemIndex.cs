namespace CareServices.Scheduling.Planner.Model;

/// <summary>Id lookups over a <see cref="PlanningProblem"/>, shared by the checker, evaluator and reporter.</summary>
internal sealed class ProblemIndex
{
    public ProblemIndex(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
        Visits = problem.Visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
        Shifts = problem.Shifts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Continuity = problem.Continuity.ToDictionary(c => c.RecipientId, StringComparer.Ordinal);
        Partners = new Dictionary<string, VisitSynchronisation>(StringComparer.Ordinal);
        foreach (var sync in problem.Synchronisations)
        {
            Partners[sync.FirstVisitId] = sync;
            Partners[sync.SecondVisitId] = sync;
        }
    }

    public PlanningProblem Problem { get; }

    public Dictionary<string, Visit> Visits { get; }

    public Dictionary<string, StaffShift> Shifts { get; }

    public Dictionary<string, RecipientContinuity> Continuity { get; }

    /// <summary>The synchronisation a visit takes part in, keyed by either visit id.</summary>
    public Dictionary<string, VisitSynchronisation> Partners { get; }

    public TravelMatrix MatrixOf(StaffShift shift) => Problem.TravelMatrices[shift.TravelMode];

    public bool IsContact(string recipientId, string staffId) =>
        Continuity.TryGetValue(recipientId, out var c)
        && (c.PrimaryContactStaffId == staffId || c.SecondaryContactStaffId == staffId);

    public bool IsFamiliar(string recipientId, string staffId) =>
        IsContact(recipientId, staffId)
        || (Continuity.TryGetValue(recipientId, out var c) && c.RecentStaffIds.Contains(staffId));
}
