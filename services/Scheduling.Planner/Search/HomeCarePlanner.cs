using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Engine;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>
/// The planner: a construction heuristic, then adaptive large neighbourhood search on as many threads as
/// the options give, each an independent search with its own seed (so a fixed seed and iteration budget
/// give the same plan on any machine).
/// </summary>
public static class HomeCarePlanner
{
    public static SolveResult Solve(PlanningProblem problem, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var clock = new SolverClock(options.TimeProvider);
        var compiled = new CompiledProblem(problem, options.Weights);
        var neighbours = new NeighbourLists(compiled);
        var start = new WorkingSolution(compiled);
        ConstructionHeuristic.Build(start, new Random(options.Seed), neighbours.Of);
        return Improve(compiled, start, neighbours, options, clock, cancellationToken, baseline: null);
    }

    internal static SolveResult Improve(
        CompiledProblem compiled, WorkingSolution start, NeighbourLists neighbours, SolverOptions options,
        SolverClock clock, CancellationToken cancellationToken, Plan? baseline)
    {
        if (options.TimeLimit is null && options.MaxIterations is null)
        {
            throw new ArgumentException("Give a time limit, an iteration budget, or both.", nameof(options));
        }

        var constructionTime = clock.Elapsed;
        var limits = new SearchLimits(options.MaxIterations, options.TimeLimit, clock, cancellationToken);
        var threads = Math.Max(1, options.Threads);
        var results = new (WorkingSolution Best, double Cost, long Iterations)[threads];
        var sync = new Lock();
        var overallBest = double.MaxValue;

        void OnBest(double cost, long iteration)
        {
            lock (sync)
            {
                if (cost >= overallBest - 1e-9)
                {
                    return;
                }

                overallBest = cost;
                options.Progress?.Invoke(new SolverProgress(clock.Elapsed, iteration, cost));
            }
        }

        void RunThread(int i)
        {
            var search = new AlnsSearch(compiled, neighbours, unchecked(options.Seed * 7919 + i * 104729), limits, OnBest);
            var best = search.Run(start);
            results[i] = (best, best.Objective(), search.Iterations);
        }

        if (threads == 1)
        {
            RunThread(0);
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, RunThread);
        }

        var winner = results.OrderBy(r => r.Cost).First();
        var plan = winner.Best.ToPlan();
        var objective = PlanEvaluator.Evaluate(compiled.Source, plan, options.Weights, baseline);
        return new SolveResult(plan, objective, results.Sum(r => r.Iterations), constructionTime, clock.Elapsed, start.UnassignedCount);
    }
}
