namespace CareServices.Scheduling.Planner.Model;

/// <summary>The visits of one shift in driving order, and when the break starts (if the shift has one).</summary>
public sealed record PlannedRoute(string ShiftId, IReadOnlyList<PlannedVisit> Visits, double? BreakStart = null);
