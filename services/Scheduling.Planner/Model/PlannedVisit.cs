namespace CareServices.Scheduling.Planner.Model;

/// <summary>A visit placed in a route with its start time.</summary>
public sealed record PlannedVisit(string VisitId, double Start);
