using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Construction;

/// <summary>
/// Cheapest feasible insertion of one visit group. A double visit is placed jointly: each half's best few
/// positions are found alone, then every pairing on two different staff members is evaluated exactly,
/// synchronisation included.
/// </summary>
internal sealed class GroupInserter
{
    private const int PairCandidates = 6;
    private const int WidePairCandidates = 24;

    private readonly CompiledProblem _p;
    private readonly int[][]? _neighbours;
    private readonly bool[][] _isCandidate;
    private readonly int[] _routeSeen;
    private readonly List<int> _routeOrder = [];
    private readonly Candidate[] _first = new Candidate[WidePairCandidates];
    private readonly Candidate[] _second = new Candidate[WidePairCandidates];
    private int _seenStamp;
    private int[] _before = new int[64];
    private int[] _after = new int[64];

    /// <param name="neighbours">Nearest visits per visit; routes serving them are scanned first, so a good
    /// incumbent is found early and the travel lower bound prunes most of the other positions.</param>
    public GroupInserter(CompiledProblem problem, int[][]? neighbours = null)
    {
        _p = problem;
        _neighbours = neighbours;
        _routeSeen = new int[problem.RouteCount];
        _isCandidate = new bool[problem.TaskCount][];
        for (var t = 0; t < problem.TaskCount; t++)
        {
            _isCandidate[t] = new bool[problem.RouteCount];
            foreach (var r in problem.CandidateRoutes[t])
            {
                _isCandidate[t][r] = true;
            }
        }
    }

    /// <summary>Retry a double visit with many more candidate pairings when the first try fails.</summary>
    public bool WideRetry { get; set; } = true;

    /// <summary>Probability of skipping a position (SISR "blinks"), which diversifies greedy repair.</summary>
    public double BlinkRate { get; set; }

    /// <summary>Only try the end of each route (the dispatching baseline).</summary>
    public bool AppendOnly { get; set; }

    public bool Insert(WorkingSolution s, int group, Random rng)
    {
        var tasks = _p.Groups[group];
        var open0 = !s.IsAssigned(tasks[0]);
        if (tasks.Length == 1 || !(open0 && !s.IsAssigned(tasks[1])))
        {
            var task = open0 ? tasks[0] : tasks[1];
            return s.IsAssigned(task) || InsertSingle(s, task, rng);
        }

        return InsertPair(s, tasks[0], tasks[1], rng, PairCandidates)
            || (WideRetry && InsertPair(s, tasks[0], tasks[1], rng, WidePairCandidates));
    }

    private bool InsertSingle(WorkingSolution s, int task, Random rng)
    {
        var best = new Candidate(double.MaxValue, -1, -1);
        var partner = _p.Partner[task];
        var partnerStaff = partner >= 0 && s.IsAssigned(partner) ? _p.RouteStaff[s.RouteOf[partner]] : -1;
        foreach (var r in RouteOrder(s, task))
        {
            if (_p.RouteStaff[r] == partnerStaff)
            {
                continue;
            }

            ScanRoute(s, task, r, rng, ref best);
        }

        if (best.Route < 0)
        {
            return false;
        }

        s.TryInsertion(task, best.Route, best.Position, out _);
        s.CommitLastTrial();
        return true;
    }

    private bool InsertPair(WorkingSolution s, int a, int b, Random rng, int width)
    {
        var countA = TopCandidates(s, a, rng, _first, width);
        var countB = TopCandidates(s, b, rng, _second, width);
        var best = double.MaxValue;
        int bi = -1, bj = -1;
        for (var i = 0; i < countA; i++)
        {
            for (var j = 0; j < countB; j++)
            {
                var ca = _first[i];
                var cb = _second[j];
                if (_p.RouteStaff[ca.Route] == _p.RouteStaff[cb.Route] || ca.Cost + cb.Cost >= best)
                {
                    continue;
                }

                if (s.TryInsertion(a, ca.Route, ca.Position, b, cb.Route, cb.Position, best, out var delta) && delta < best)
                {
                    best = delta;
                    bi = i;
                    bj = j;
                }
            }
        }

        if (bi < 0)
        {
            return false;
        }

        s.TryInsertion(a, _first[bi].Route, _first[bi].Position, b, _second[bj].Route, _second[bj].Position, out _);
        s.CommitLastTrial();
        return true;
    }

    /// <summary>Keeps the <paramref name="width"/> cheapest single positions, at most one per route.</summary>
    private int TopCandidates(WorkingSolution s, int task, Random rng, Candidate[] into, int width)
    {
        var count = 0;
        foreach (var r in RouteOrder(s, task))
        {
            var best = new Candidate(count < width ? double.MaxValue : into[count - 1].Cost, -1, -1);
            ScanRoute(s, task, r, rng, ref best);
            if (best.Route < 0)
            {
                continue;
            }

            if (count < width)
            {
                into[count++] = best;
            }
            else if (best.Cost < into[count - 1].Cost)
            {
                into[count - 1] = best;
            }
            else
            {
                continue;
            }

            // Keep sorted by cost (insertion sort on a tiny array).
            for (var k = count - 1; k > 0 && into[k].Cost < into[k - 1].Cost; k--)
            {
                (into[k], into[k - 1]) = (into[k - 1], into[k]);
            }
        }

        return count;
    }

    private List<int> RouteOrder(WorkingSolution s, int task)
    {
        _routeOrder.Clear();
        _seenStamp++;
        if (_neighbours is not null && task < _neighbours.Length)
        {
            foreach (var nb in _neighbours[task])
            {
                var r = s.RouteOf[nb];
                if (r >= 0 && _isCandidate[task][r] && _routeSeen[r] != _seenStamp)
                {
                    _routeSeen[r] = _seenStamp;
                    _routeOrder.Add(r);
                }
            }
        }

        foreach (var r in _p.CandidateRoutes[task])
        {
            if (_routeSeen[r] != _seenStamp)
            {
                _routeOrder.Add(r);
            }
        }

        return _routeOrder;
    }

    private void ScanRoute(WorkingSolution s, int task, int r, Random rng, ref Candidate best)
    {
        var routeCost = s.AssignmentCost(task, r);
        // Travel detours are non-negative under the triangle inequality, so a route whose fixed cost
        // already loses cannot win.
        if (routeCost >= best.Cost)
        {
            return;
        }

        var seq = s.Sequences[r];
        var n = seq.Count;
        if (_before.Length < n + 1)
        {
            _before = new int[2 * (n + 1)];
            _after = new int[2 * (n + 1)];
        }

        // Real locations around each position (a break has none of its own).
        var loc = _p.StartLocation[r];
        for (var pos = 0; pos <= n; pos++)
        {
            _before[pos] = loc;
            if (pos < n && !_p.IsBreak[seq[pos]])
            {
                loc = _p.Location[seq[pos]];
            }
        }

        loc = s.RealCount[r] == 0 ? -1 : _p.EndLocation[r];
        for (var pos = n; pos >= 0; pos--)
        {
            if (pos < n && !_p.IsBreak[seq[pos]])
            {
                loc = _p.Location[seq[pos]];
            }

            _after[pos] = loc;
        }

        var w = _p.Weights;
        var m = _p.Matrix[r];
        var size = m.Size;
        var dist = m.Distances;
        var dur = m.Durations;
        var here = _p.Location[task];
        var end = _p.EndLocation[r];
        var latest = _p.Latest[task] + (_p.LatenessAllowed[task] ? CompiledProblem.LatenessHorizon : 0);
        // Appending goes behind the last visit, which may be before a break that has not started yet.
        var from = AppendOnly ? (n > 0 && _p.IsBreak[seq[^1]] ? n - 1 : n) : 0;
        for (var pos = from; pos <= n; pos++)
        {
            // Later positions only start later; appending has no other position to fall back on.
            if (pos > 0 && !AppendOnly && s.Start[seq[pos - 1]] > latest)
            {
                break;
            }

            if (BlinkRate > 0 && rng.NextDouble() < BlinkRate)
            {
                continue;
            }

            var a = _before[pos];
            var b = _after[pos];
            double detour;
            if (b < 0)
            {
                detour = w.TravelDistance * (dist[a * size + here] + dist[here * size + end])
                    + w.TravelTime * (dur[a * size + here] + dur[here * size + end]);
            }
            else
            {
                detour = w.TravelDistance * (dist[a * size + here] + dist[here * size + b] - dist[a * size + b])
                    + w.TravelTime * (dur[a * size + here] + dur[here * size + b] - dur[a * size + b]);
            }

            // Travel is a lower bound of the schedule cost: skip positions that cannot win.
            if (routeCost + detour >= best.Cost)
            {
                continue;
            }

            if (s.TryScheduleInsertion(task, r, pos, best.Cost - routeCost, out var delta) && delta + routeCost < best.Cost)
            {
                best = new Candidate(delta + routeCost, r, pos);
            }
        }
    }

    private readonly record struct Candidate(double Cost, int Route, int Position);
}
