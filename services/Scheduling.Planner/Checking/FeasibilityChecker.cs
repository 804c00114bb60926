using System.Globalization;
using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Checking;

/// <summary>
/// Checks every hard constraint of a plan from the problem and the plan's start times alone. It shares no code
/// with the solver on purpose: a solver bug cannot hide behind the same bug in the check.
/// </summary>
public sealed class FeasibilityChecker
{
    /// <summary>Slack for floating-point sums of travel times.</summary>
    public const double Tolerance = 1e-6;

    private readonly ProblemIndex _index;
    private readonly List<ConstraintViolation> _violations = [];

    private FeasibilityChecker(PlanningProblem problem) => _index = new ProblemIndex(problem);

    public static FeasibilityReport Check(PlanningProblem problem, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var checker = new FeasibilityChecker(problem);
        checker.Run(plan);
        return new FeasibilityReport(checker._violations);
    }

    private void Run(Plan plan)
    {
        var placed = new Dictionary<string, (StaffShift Shift, double Start)>(StringComparer.Ordinal);
        foreach (var route in plan.Routes)
        {
            if (!_index.Shifts.TryGetValue(route.ShiftId, out var shift))
            {
                Add(ViolationKind.UnknownShift, route.ShiftId, "route for a shift that is not in the problem");
                continue;
            }

            CheckRoute(shift, route, placed);
        }

        var unassigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in plan.UnassignedVisitIds)
        {
            if (placed.ContainsKey(id) || !unassigned.Add(id))
            {
                Add(ViolationKind.VisitPlannedTwice, id, "listed as unassigned and planned, or twice");
            }
        }

        foreach (var visit in _index.Problem.Visits)
        {
            if (!placed.ContainsKey(visit.Id) && !unassigned.Contains(visit.Id))
            {
                Add(ViolationKind.VisitMissing, visit.Id, "neither planned nor listed as unassigned");
            }
        }

        foreach (var sync in _index.Problem.Synchronisations)
        {
            CheckSynchronisation(sync, placed);
        }
    }

    private void CheckRoute(
        StaffShift shift, PlannedRoute route, Dictionary<string, (StaffShift Shift, double Start)> placed)
    {
        var matrix = _index.MatrixOf(shift);
        var visits = new List<(Visit Visit, double Start)>();
        foreach (var planned in route.Visits)
        {
            if (!_index.Visits.TryGetValue(planned.VisitId, out var visit))
            {
                Add(ViolationKind.UnknownVisit, planned.VisitId, $"in route of shift {shift.Id}");
                continue;
            }

            if (!placed.TryAdd(visit.Id, (shift, planned.Start)))
            {
                Add(ViolationKind.VisitPlannedTwice, visit.Id, $"again in shift {shift.Id}");
            }

            visits.Add((visit, planned.Start));
            CheckVisit(shift, visit, planned.Start);
        }

        // Visits before the break are those starting before it.
        var breakGap = -1;
        if (shift.Break is { } pause && visits.Count > 0)
        {
            if (route.BreakStart is not { } breakStart)
            {
                Add(ViolationKind.BreakMissing, shift.Id, "the shift has a break window but no break is planned");
            }
            else
            {
                breakGap = visits.Count(v => v.Start < breakStart - Tolerance);
                CheckBreak(shift, pause, breakStart, breakGap, visits, matrix);
            }
        }

        var location = shift.StartLocation;
        var free = shift.Start;
        for (var k = 0; k < visits.Count; k++)
        {
            var (visit, start) = visits[k];
            var earliest = free + matrix.Duration(location, visit.Location);
            if (k != breakGap && start < earliest - Tolerance)
            {
                Add(k == 0 ? ViolationKind.ShiftStartViolated : ViolationKind.TravelTimeTooShort, visit.Id,
                    $"starts {F(start)} but cannot arrive before {F(earliest)}");
            }

            location = visit.Location;
            free = start + visit.Duration;
        }

        if (visits.Count > 0 && breakGap != visits.Count)
        {
            var back = free + matrix.Duration(location, shift.EndLocation);
            if (back > shift.End + Tolerance)
            {
                Add(ViolationKind.ShiftEndViolated, shift.Id, $"back at {F(back)} after shift end {F(shift.End)}");
            }
        }
    }

    private void CheckVisit(StaffShift shift, Visit visit, double start)
    {
        var missing = visit.RequiredCompetences.Where(c => !shift.Competences.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            Add(ViolationKind.MissingCompetence, visit.Id, $"staff {shift.StaffId} lacks {string.Join(", ", missing)}");
        }

        if (start < visit.Earliest - Tolerance)
        {
            Add(ViolationKind.StartBeforeWindow, visit.Id, $"starts {F(start)} before {F(visit.Earliest)}");
        }

        if (!visit.LatenessAllowed && start > visit.Latest + Tolerance)
        {
            Add(ViolationKind.StartAfterWindow, visit.Id, $"starts {F(start)} after {F(visit.Latest)}");
        }

        if (visit.PinnedShiftId is { } pinnedShift && pinnedShift != shift.Id)
        {
            Add(ViolationKind.PinnedShiftViolated, visit.Id, $"pinned to {pinnedShift}, planned in {shift.Id}");
        }

        if (visit.PinnedStart is { } pinnedStart && Math.Abs(pinnedStart - start) > Tolerance)
        {
            Add(ViolationKind.PinnedStartViolated, visit.Id, $"pinned to {F(pinnedStart)}, starts {F(start)}");
        }
    }

    private void CheckBreak(
        StaffShift shift, BreakWindow pause, double breakStart, int gap,
        List<(Visit Visit, double Start)> visits, TravelMatrix matrix)
    {
        if (breakStart < pause.EarliestStart - Tolerance || breakStart > pause.LatestStart + Tolerance)
        {
            Add(ViolationKind.BreakOutsideWindow, shift.Id,
                $"break at {F(breakStart)} outside [{F(pause.EarliestStart)}, {F(pause.LatestStart)}]");
        }

        var before = gap == 0 ? shift.Start : visits[gap - 1].Start + visits[gap - 1].Visit.Duration;
        var fromLocation = gap == 0 ? shift.StartLocation : visits[gap - 1].Visit.Location;
        var toLocation = gap == visits.Count ? shift.EndLocation : visits[gap].Visit.Location;
        var after = gap == visits.Count ? shift.End : visits[gap].Start;
        var needed = breakStart + pause.Duration + matrix.Duration(fromLocation, toLocation);
        if (breakStart < before - Tolerance || needed > after + Tolerance)
        {
            Add(ViolationKind.BreakOverlapsWork, shift.Id, $"break at {F(breakStart)} does not fit between visits");
        }
    }

    private void CheckSynchronisation(
        VisitSynchronisation sync, Dictionary<string, (StaffShift Shift, double Start)> placed)
    {
        var hasFirst = placed.TryGetValue(sync.FirstVisitId, out var first);
        var hasSecond = placed.TryGetValue(sync.SecondVisitId, out var second);
        if (hasFirst != hasSecond)
        {
            Add(ViolationKind.DoubleVisitHalfAssigned, sync.FirstVisitId, $"only one half of {sync.FirstVisitId}/{sync.SecondVisitId} is planned");
            return;
        }

        if (!hasFirst)
        {
            return;
        }

        if (first.Shift.StaffId == second.Shift.StaffId)
        {
            Add(ViolationKind.SameStaffOnBothHalves, sync.FirstVisitId, $"staff {first.Shift.StaffId} does both halves");
        }

        var gap = second.Start - first.Start;
        if (gap < sync.MinGap - Tolerance || gap > sync.MaxGap + Tolerance)
        {
            var kind = sync.IsSimultaneous ? ViolationKind.SimultaneousStartMismatch : ViolationKind.PrecedenceGapViolated;
            Add(kind, sync.FirstVisitId, $"gap {F(gap)} outside [{F(sync.MinGap)}, {F(sync.MaxGap)}]");
        }
    }

    private void Add(ViolationKind kind, string subject, string detail) =>
        _violations.Add(new ConstraintViolation(kind, subject, detail));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
