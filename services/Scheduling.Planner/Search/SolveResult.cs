using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>The best plan found, its objective terms (from <see cref="PlanEvaluator"/>) and search statistics.</summary>
/// <param name="ConstructionTime">Until the construction heuristic's first plan existed.</param>
/// <param name="FirstPlanUnassigned">Visits the first plan left unassigned (0 = complete before any search).</param>
public sealed record SolveResult(
    Plan Plan,
    ObjectiveBreakdown Objective,
    long Iterations,
    TimeSpan ConstructionTime,
    TimeSpan Elapsed,
    int FirstPlanUnassigned);
