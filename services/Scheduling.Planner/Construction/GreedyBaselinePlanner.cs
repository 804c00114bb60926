using CareServices.Scheduling.Planner.Engine;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Construction;

/// <summary>
/// The comparison baseline: dispatching in time-window order, each visit appended to the end of the route
/// where it costs least — what a planner does by hand on a whiteboard. No search.
/// </summary>
public static class GreedyBaselinePlanner
{
    public static Plan Solve(PlanningProblem problem, ObjectiveWeights weights)
    {
        var compiled = new CompiledProblem(problem, weights);
        var s = new WorkingSolution(compiled);
        var inserter = new GroupInserter(compiled) { AppendOnly = true };
        var rng = new Random(0);
        var groups = Enumerable.Range(0, compiled.Groups.Length).ToList();
        groups.Sort((a, b) =>
            compiled.Groups[a].Min(t => compiled.Earliest[t]).CompareTo(compiled.Groups[b].Min(t => compiled.Earliest[t])));
        foreach (var g in groups)
        {
            inserter.Insert(s, g, rng);
        }

        s.Recompute();
        return s.ToPlan();
    }
}
