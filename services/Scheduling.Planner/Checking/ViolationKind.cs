namespace CareServices.Scheduling.Planner.Checking;

/// <summary>The hard constraints a plan can break.</summary>
public enum ViolationKind
{
    UnknownVisit,
    UnknownShift,
    VisitPlannedTwice,
    VisitMissing,
    MissingCompetence,
    StartBeforeWindow,
    StartAfterWindow,
    TravelTimeTooShort,
    ShiftStartViolated,
    ShiftEndViolated,
    SimultaneousStartMismatch,
    PrecedenceGapViolated,
    SameStaffOnBothHalves,
    DoubleVisitHalfAssigned,
    PinnedShiftViolated,
    PinnedStartViolated,
    BreakMissing,
    BreakOutsideWindow,
    BreakOverlapsWork,
}
