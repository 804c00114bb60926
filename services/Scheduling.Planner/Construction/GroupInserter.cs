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
    private readonly Candidate[] _first = new Candidate[WidePairCandidates];
    private readonly Candidate[] _second = new Candidate[WidePairCandidates];

    public GroupInserter(CompiledProblem problem) => _p = problem;

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
            || InsertPair(s, tasks[0], tasks[1], rng, WidePairCandidates);
    }

    private bool InsertSingle(WorkingSolution s, int task, Random rng)
    {
        var best = new Candidate(double.MaxValue, -1, -1);
        var partner = _p.Partner[task];
        var partnerStaff = partner >= 0 && s.IsAssigned(partner) ? _p.RouteStaff[s.RouteOf[partner]] : -1;
        foreach (var r in _p.CandidateRoutes[task])
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

                if (s.TryInsertion(a, ca.Route, ca.Position, b, cb.Route, cb.Position, out var delta) && delta < best)
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
        foreach (var r in _p.CandidateRoutes[task])
        {
            var best = new Candidate(double.MaxValue, -1, -1);
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

    private void ScanRoute(
        WorkingSolution s, int task, int r, Random rng, ref Candidate best)
    {
        var seq = s.Sequences[r];
        var from = AppendOnly ? seq.Count : 0;
        var hardLatest = !_p.LatenessAllowed[task];
        for (var pos = from; pos <= seq.Count; pos++)
        {
            if (pos > 0 && hardLatest && s.Start[seq[pos - 1]] > _p.Latest[task])
            {
                break;
            }

            if (BlinkRate > 0 && rng.NextDouble() < BlinkRate)
            {
                continue;
            }

            if (s.TryInsertion(task, r, pos, out var delta) && delta < best.Cost)
            {
                best = new Candidate(delta, r, pos);
            }
        }
    }

    private readonly record struct Candidate(double Cost, int Route, int Position);
}
