using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>The best plan found, its objective terms (from <see cref="PlanEvaluator"/>) and search statistics.</summary>
public sealed record SolveResult(
    Plan Plan,
    ObjectiveBreakdown Objective,
    long Iterations,
    TimeSpan ConstructionTime,
    TimeSpan Elapsed);
