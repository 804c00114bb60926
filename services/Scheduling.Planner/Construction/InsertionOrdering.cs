using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Construction;

/// <summary>Sorting of groups by an <see cref="InsertionOrder"/>.</summary>
internal static class InsertionOrdering
{
    public static void Sort(CompiledProblem p, List<int> groups, InsertionOrder order, Random rng)
    {
        Shuffle(groups, rng);
        switch (order)
        {
            case InsertionOrder.EarliestWindow:
                groups.Sort((a, b) => Earliest(p, a).CompareTo(Earliest(p, b)));
                break;
            case InsertionOrder.LatestWindow:
                groups.Sort((a, b) => Earliest(p, b).CompareTo(Earliest(p, a)));
                break;
            case InsertionOrder.DoubleVisitsFirst:
                groups.Sort((a, b) => p.Groups[b].Length.CompareTo(p.Groups[a].Length));
                break;
            case InsertionOrder.LongestFirst:
                groups.Sort((a, b) => Work(p, b).CompareTo(Work(p, a)));
                break;
            case InsertionOrder.Random:
            default:
                break;
        }
    }

    /// <summary>
    /// Moves each bundle's groups up behind its first group in the order, so the visits a recipient should get
    /// from one staff member are placed one after another (the later ones then see the first one's staff).
    /// </summary>
    public static void KeepBundlesTogether(CompiledProblem p, List<int> groups)
    {
        if (groups.Count < 2)
        {
            return;
        }

        var byBundle = new Dictionary<int, List<int>>();
        foreach (var g in groups)
        {
            var b = p.BundleOf[g];
            if (!byBundle.TryGetValue(b, out var list))
            {
                byBundle[b] = list = [];
            }

            list.Add(g);
        }

        if (byBundle.Count == groups.Count)
        {
            return;
        }

        var ordered = new List<int>(groups.Count);
        foreach (var g in groups)
        {
            if (byBundle.Remove(p.BundleOf[g], out var members))
            {
                ordered.AddRange(members);
            }
        }

        groups.Clear();
        groups.AddRange(ordered);
    }

    private static double Earliest(CompiledProblem p, int group)
    {
        var tasks = p.Groups[group];
        var e = p.Earliest[tasks[0]];
        for (var i = 1; i < tasks.Length; i++)
        {
            e = Math.Min(e, p.Earliest[tasks[i]]);
        }

        return e;
    }

    private static double Work(CompiledProblem p, int group)
    {
        double work = 0;
        foreach (var t in p.Groups[group])
        {
            work += p.Duration[t];
        }

        return work;
    }

    private static void Shuffle(List<int> list, Random rng)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
