namespace CareServices.Scheduling.Planner.Model;

/// <summary>A complete answer: one route per shift plus the visits nobody could take.</summary>
public sealed record Plan(IReadOnlyList<PlannedRoute> Routes, IReadOnlyList<string> UnassignedVisitIds);
