using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>
/// Removes about <c>q</c> visit groups from a solution. A double visit always leaves with both halves, so
/// repair can re-synchronise it freely.
/// </summary>
internal sealed class Ruin
{
    private readonly CompiledProblem _p;
    private readonly NeighbourLists _neighbours;
    private readonly List<int> _assigned = [];
    private readonly List<(double Key, int Group)> _scored = [];
    private readonly bool[] _routeRuined;

    public Ruin(CompiledProblem problem, NeighbourLists neighbours)
    {
        _p = problem;
        _neighbours = neighbours;
        _routeRuined = new bool[problem.RouteCount];
    }

    public void Apply(WorkingSolution s, RuinOperator op, int q, Random rng, List<int> removed)
    {
        CollectAssigned(s);
        if (_assigned.Count == 0)
        {
            return;
        }

        q = Math.Min(q, _assigned.Count);
        switch (op)
        {
            case RuinOperator.Worst:
                RemoveByScore(s, q, rng, removed, g => RemovalGain(s, g));
                break;
            case RuinOperator.Tardy:
                RemoveByScore(s, q, rng, removed, g => Tardiness(s, g) + rng.NextDouble());
                break;
            case RuinOperator.Related:
                RemoveRelated(s, q, rng, removed);
                break;
            case RuinOperator.Strings:
                RemoveStrings(s, q, rng, removed);
                break;
            case RuinOperator.Bundles:
                RemoveBundles(s, q, rng, removed);
                break;
            case RuinOperator.Random:
            default:
                for (var k = 0; k < q; k++)
                {
                    var i = rng.Next(k, _assigned.Count);
                    (_assigned[k], _assigned[i]) = (_assigned[i], _assigned[k]);
                    RemoveGroup(s, _assigned[k], removed);
                }

                break;
        }
    }

    private void CollectAssigned(WorkingSolution s)
    {
        _assigned.Clear();
        for (var g = 0; g < _p.Groups.Length; g++)
        {
            var tasks = _p.Groups[g];
            if (s.IsAssigned(tasks[0]) || (tasks.Length > 1 && s.IsAssigned(tasks[1])))
            {
                if (_p.PinnedRoute[tasks[0]] < 0 || tasks.Length > 1)
                {
                    _assigned.Add(g);
                }
            }
        }
    }

    private void RemoveGroup(WorkingSolution s, int group, List<int> removed)
    {
        var any = false;
        foreach (var t in _p.Groups[group])
        {
            if (s.IsAssigned(t))
            {
                s.Remove(t);
                any = true;
            }
        }

        if (any)
        {
            removed.Add(group);
        }
    }

    /// <summary>Removes high scores first, randomised (rank drawn as u^4 of the list) to avoid cycling.</summary>
    private void RemoveByScore(WorkingSolution s, int q, Random rng, List<int> removed, Func<int, double> score)
    {
        _scored.Clear();
        foreach (var g in _assigned)
        {
            _scored.Add((score(g), g));
        }

        _scored.Sort((a, b) => b.Key.CompareTo(a.Key));
        for (var k = 0; k < q && _scored.Count > 0; k++)
        {
            var u = rng.NextDouble();
            var i = (int)(Math.Pow(u, 4) * _scored.Count);
            RemoveGroup(s, _scored[i].Group, removed);
            _scored.RemoveAt(i);
        }
    }

    private double RemovalGain(WorkingSolution s, int group)
    {
        var w = _p.Weights;
        double gain = 0;
        foreach (var t in _p.Groups[group])
        {
            if (!s.IsAssigned(t))
            {
                continue;
            }

            var r = s.RouteOf[t];
            var m = _p.Matrix[r];
            var seq = s.Sequences[r];
            var pos = s.Position[t];
            var before = pos > 0 && !_p.IsBreak[seq[pos - 1]] ? _p.Location[seq[pos - 1]] : _p.StartLocation[r];
            var after = pos + 1 < seq.Count && !_p.IsBreak[seq[pos + 1]] ? _p.Location[seq[pos + 1]] : _p.EndLocation[r];
            var loc = _p.Location[t];
            var detour = m.Distance(before, loc) + m.Distance(loc, after) - m.Distance(before, after);
            var travel = m.Duration(before, loc) + m.Duration(loc, after) - m.Duration(before, after);
            gain += w.TravelDistance * detour + w.TravelTime * travel;
            gain += (w.Tardiness + w.MaxTardiness) * Math.Max(0, s.Start[t] - _p.Latest[t]);
            gain += s.Ledger.RemovalSaving(t, r);
        }

        return gain;
    }

    private double Tardiness(WorkingSolution s, int group)
    {
        double late = 0;
        foreach (var t in _p.Groups[group])
        {
            if (s.IsAssigned(t))
            {
                late += Math.Max(0, s.Start[t] - _p.Latest[t]);
            }
        }

        return late;
    }

    /// <summary>Shaw removal: a seed and the groups closest to it in place and time.</summary>
    private void RemoveRelated(WorkingSolution s, int q, Random rng, List<int> removed)
    {
        var seed = _assigned[rng.Next(_assigned.Count)];
        var seedTask = _p.Groups[seed][0];
        var m = _p.Matrix[0];
        _scored.Clear();
        foreach (var g in _assigned)
        {
            var t = _p.Groups[g][0];
            var key = m.Duration(_p.Location[seedTask], _p.Location[t])
                + 0.5 * Math.Abs(s.Start[seedTask] - s.Start[t]) + 5 * rng.NextDouble();
            _scored.Add((key, g));
        }

        _scored.Sort((a, b) => a.Key.CompareTo(b.Key));
        for (var k = 0; k < q; k++)
        {
            RemoveGroup(s, _scored[k].Group, removed);
        }
    }

    /// <summary>
    /// Related removal by whole bundles: a recipient's visits of one period leave together, so repair can hand
    /// the bundle to another staff member without a split-bundle penalty standing in the way of each single move.
    /// </summary>
    private void RemoveBundles(WorkingSolution s, int q, Random rng, List<int> removed)
    {
        var seed = _assigned[rng.Next(_assigned.Count)];
        var seedTask = _p.Groups[seed][0];
        var m = _p.Matrix[0];
        _scored.Clear();
        foreach (var g in _assigned)
        {
            var t = _p.Groups[g][0];
            var key = m.Duration(_p.Location[seedTask], _p.Location[t])
                + 0.5 * Math.Abs(s.Start[seedTask] - s.Start[t]) + 5 * rng.NextDouble();
            _scored.Add((key, g));
        }

        _scored.Sort((a, b) => a.Key.CompareTo(b.Key));
        var target = removed.Count + q;
        foreach (var (_, g) in _scored)
        {
            if (removed.Count >= target)
            {
                break;
            }

            foreach (var member in _p.Bundles[_p.BundleOf[g]])
            {
                var tasks = _p.Groups[member];
                if ((s.IsAssigned(tasks[0]) || (tasks.Length > 1 && s.IsAssigned(tasks[1])))
                    && (_p.PinnedRoute[tasks[0]] < 0 || tasks.Length > 1))
                {
                    RemoveGroup(s, member, removed);
                }
            }
        }
    }

    /// <summary>
    /// String removal after Christiaens and Vanden Berghe (SISR): around a seed, cut a run of consecutive
    /// visits from each of several nearby routes.
    /// </summary>
    private void RemoveStrings(WorkingSolution s, int q, Random rng, List<int> removed)
    {
        Array.Clear(_routeRuined);
        var seedGroup = _assigned[rng.Next(_assigned.Count)];
        var seedTask = _p.Groups[seedGroup][0];
        var target = removed.Count + q;
        var maxString = Math.Max(1, Math.Min(10, q / 2 + 1));
        var candidates = _neighbours.Of[seedTask];
        for (var k = -1; k < candidates.Length && removed.Count < target; k++)
        {
            var t = k < 0 ? seedTask : candidates[k];
            if (!s.IsAssigned(t) || _routeRuined[s.RouteOf[t]])
            {
                continue;
            }

            var r = s.RouteOf[t];
            _routeRuined[r] = true;
            var seq = s.Sequences[r];
            var length = Math.Min(seq.Count, 1 + rng.Next(maxString));
            var first = Math.Max(0, s.Position[t] - rng.Next(length));
            var last = Math.Min(seq.Count, first + length);
            var run = new List<int>(last - first);
            for (var i = first; i < last; i++)
            {
                run.Add(seq[i]);
            }

            foreach (var x in run)
            {
                var g = _p.GroupOf[x];
                if (g >= 0 && s.IsAssigned(x) && removed.Count < target && _p.PinnedRoute[x] < 0)
                {
                    RemoveGroup(s, g, removed);
                }
            }
        }
    }
}
