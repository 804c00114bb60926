namespace CareServices.Scheduling.Planner.Search;

/// <summary>A new best objective, when it was found and after how many iterations of the thread that found it.</summary>
public sealed record SolverProgress(TimeSpan Elapsed, long Iteration, double BestObjective);
