namespace CareServices.Scheduling.Planner.Model;

/// <summary>A break of <paramref name="Duration"/> minutes that must start within [EarliestStart, LatestStart].</summary>
public sealed record BreakWindow(double EarliestStart, double LatestStart, double Duration);
