using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Construction;

/// <summary>
/// Start solution: double visits first (they are the hardest to fit), then the rest in time-window order,
/// each at its cheapest feasible position.
/// </summary>
internal static class ConstructionHeuristic
{
    public static void Build(WorkingSolution s, Random rng, int[][]? neighbours = null)
    {
        var p = s.Problem;
        var inserter = new GroupInserter(p, neighbours);
        var open = new List<int>();
        for (var g = 0; g < p.Groups.Length; g++)
        {
            if (p.Groups[g].Any(t => !s.IsAssigned(t)))
            {
                open.Add(g);
            }
        }

        InsertionOrdering.Sort(p, open, InsertionOrder.EarliestWindow, rng);
        var ordered = open.Where(g => p.Groups[g].Length > 1).Concat(open.Where(g => p.Groups[g].Length == 1)).ToList();
        foreach (var g in ordered)
        {
            inserter.Insert(s, g, rng);
        }

        s.Recompute();
    }
}
