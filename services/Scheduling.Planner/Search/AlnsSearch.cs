using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>
/// Adaptive large neighbourhood search with simulated-annealing acceptance: ruin a few visit groups, repair
/// by greedy insertion with blinks in a varying order, keep the result if it is good enough. Every repaired
/// schedule is recomputed exactly, so an accepted solution is always feasible.
/// </summary>
internal sealed class AlnsSearch
{
    private static readonly RuinOperator[] GroupRuins = Enum.GetValues<RuinOperator>().Where(r => r != RuinOperator.Bundles).ToArray();
    private static readonly InsertionOrder[] Orders = Enum.GetValues<InsertionOrder>();

    private readonly CompiledProblem _p;
    private readonly Random _rng;
    private readonly SearchLimits _limits;
    private readonly Ruin _ruin;
    private readonly GroupInserter _inserter;
    private readonly Action<double, long> _onBest;
    private readonly RuinOperator[] _ruins;
    private readonly bool _bundles;

    public AlnsSearch(CompiledProblem problem, NeighbourLists neighbours, int seed, SearchLimits limits, Action<double, long> onBest)
    {
        _p = problem;
        _rng = new Random(seed);
        _limits = limits;
        _ruin = new Ruin(problem, neighbours);
        _inserter = new GroupInserter(problem, neighbours.Of) { WideRetry = false };
        _onBest = onBest;
        // Bundles are a unit only where continuity is weighted and a recipient has several visits in a period;
        // elsewhere (the Mankowska instances, or continuity off) the search stays exactly the group-level one.
        _bundles = problem.HasBundles && problem.Weights.HasContinuityTerms;
        _ruins = _bundles ? [.. GroupRuins, RuinOperator.Bundles] : GroupRuins;
    }

    public long Iterations { get; private set; }

    public WorkingSolution Run(WorkingSolution start)
    {
        var current = new WorkingSolution(_p);
        var candidate = new WorkingSolution(_p);
        var best = new WorkingSolution(_p);
        current.CopyFrom(start);
        best.CopyFrom(start);
        var currentCost = current.Objective();
        var bestCost = currentCost;
        _onBest(bestCost, 0);

        var ruinSelector = new AdaptiveSelector(_ruins.Length);
        var orderSelector = new AdaptiveSelector(Orders.Length);
        var removed = new List<int>();
        var groups = _p.Groups.Length;
        var qMax = Math.Max(2, Math.Min(40, (int)(0.3 * groups)));
        // The temperature follows the routing part of the cost (travel, lateness, overtime). Continuity
        // penalties are large per-visit constants; counting them in would make the search accept much worse
        // routes with continuity on than with it off.
        var scale = Math.Max(1e-6, currentCost - _p.Weights.Unassigned * current.UnassignedPriority - current.Ledger.WeightedTotal);
        var startTemperature = 0.004 * scale;
        var endTemperature = 0.00005 * scale;

        long iteration = 0;
        while (!_limits.ShouldStop(iteration))
        {
            iteration++;
            var ruinOp = ruinSelector.Choose(_rng);
            var orderOp = orderSelector.Choose(_rng);
            var q = 1 + _rng.Next(qMax);
            candidate.CopyFrom(current);
            removed.Clear();
            _ruin.Apply(candidate, _ruins[ruinOp], q, _rng, removed);
            candidate.Recompute();
            for (var g = 0; g < groups; g++)
            {
                if (!removed.Contains(g) && _p.Groups[g].Any(t => !candidate.IsAssigned(t)))
                {
                    removed.Add(g);
                }
            }

            InsertionOrdering.Sort(_p, removed, Orders[orderOp], _rng);
            if (_bundles)
            {
                InsertionOrdering.KeepBundlesTogether(_p, removed);
            }
            _inserter.BlinkRate = _rng.NextDouble() < 0.5 ? 0 : 0.05 * _rng.NextDouble();
            foreach (var g in removed)
            {
                _inserter.Insert(candidate, g, _rng);
            }

            if (!candidate.Recompute())
            {
                continue;
            }

            var cost = candidate.Objective();
            var temperature = startTemperature * Math.Pow(endTemperature / startTemperature, _limits.Progress(iteration));
            double score = 0;
            if (cost < bestCost - 1e-9)
            {
                best.CopyFrom(candidate);
                bestCost = cost;
                score = AdaptiveSelector.NewBest;
                _onBest(bestCost, iteration);
            }
            else if (cost < currentCost - 1e-9)
            {
                score = AdaptiveSelector.Improved;
            }

            if (cost < currentCost - 1e-9 || _rng.NextDouble() < Math.Exp((currentCost - cost) / temperature))
            {
                (current, candidate) = (candidate, current);
                currentCost = cost;
                score = Math.Max(score, AdaptiveSelector.Accepted);
            }

            ruinSelector.Reward(ruinOp, score);
            orderSelector.Reward(orderOp, score);
        }

        Iterations = iteration;
        return best;
    }
}
