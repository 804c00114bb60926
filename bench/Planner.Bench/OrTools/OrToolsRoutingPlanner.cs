using Google.OrTools.ConstraintSolver;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Search;

namespace CareServices.Bench.Planner.OrTools;

/// <summary>
/// The comparison variant: Google OR-Tools' vehicle routing solver (guided local search) on the same problem.
/// One routing node per visit; travel, service times and start windows in a time dimension; competences as
/// allowed vehicles; a synchronised pair as extra constraints on the cumul variables (equal starts, or the
/// second start within [min, max] after the first) and on the vehicle variables (two different staff) — so the
/// model is exact for the Mankowska problem except for one objective term: the routing objective is a sum of arc
/// costs and per-visit penalties, so it minimises D + T and cannot see Tmax. The returned plan is re-timed to
/// the earliest start times of its sequences and then scored, like every other variant, with the full objective.
/// Breaks, overtime and continuity terms are not modelled (the district problem is out of its scope).
/// </summary>
internal static class OrToolsRoutingPlanner
{
    /// <summary>Integer units per minute (the routing solver works on integers).</summary>
    private const long Scale = 1000;

    private const long DropPenalty = 1_000_000_000;

    public static Plan Solve(PlanningProblem problem, ObjectiveWeights weights, TimeSpan timeLimit, TimeProvider clock, List<SolverProgress> progress)
    {
        var stopwatchStart = clock.GetTimestamp();
        var visits = problem.Visits;
        var shifts = problem.Shifts;
        var vehicles = shifts.Count;
        // Routing nodes: a start and an end node per shift, then one node per visit.
        var nodes = 2 * vehicles + visits.Count;
        var location = new int[nodes];
        var service = new double[nodes];
        for (var v = 0; v < vehicles; v++)
        {
            location[v] = shifts[v].StartLocation;
            location[vehicles + v] = shifts[v].EndLocation;
        }

        for (var i = 0; i < visits.Count; i++)
        {
            location[2 * vehicles + i] = visits[i].Location;
            service[2 * vehicles + i] = visits[i].Duration;
        }

        // The Mankowska instances have one matrix; a shift with another travel mode would need a cost class each.
        var matrix = problem.TravelMatrices[shifts[0].TravelMode];
        var starts = Enumerable.Range(0, vehicles).ToArray();
        var ends = Enumerable.Range(vehicles, vehicles).ToArray();
        using var manager = new RoutingIndexManager(nodes, vehicles, starts, ends);
        using var routing = new RoutingModel(manager);

        // Arc cost and tardiness penalty in the same integer unit: the smallest positive weight becomes 1.
        var unit = new[] { weights.TravelDistance, weights.TravelTime, weights.Tardiness }.Where(w => w > 0).DefaultIfEmpty(1).Min();
        LongLongToLong arcCost = (from, to) =>
        {
            int a = location[manager.IndexToNode(from)], b = location[manager.IndexToNode(to)];
            return (long)Math.Round(Scale * (weights.TravelDistance * matrix.Distance(a, b) + weights.TravelTime * matrix.Duration(a, b)) / unit);
        };
        // Rounded up so the solver's times never undercut the real travel times.
        LongLongToLong transit = (from, to) =>
        {
            int i = manager.IndexToNode(from), j = manager.IndexToNode(to);
            return (long)Math.Ceiling(Scale * (service[i] + matrix.Duration(location[i], location[j])) - 1e-6);
        };
        routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(arcCost));
        var horizon = (long)(Scale * Math.Min(1e6, shifts.Max(s => double.IsPositiveInfinity(s.End) ? 1e5 : s.End)));
        routing.AddDimension(routing.RegisterTransitCallback(transit), horizon, horizon, false, "time");
        var time = routing.GetDimensionOrDie("time");
        for (var v = 0; v < vehicles; v++)
        {
            time.CumulVar(routing.Start(v)).SetMin((long)(Scale * shifts[v].Start));
            if (!double.IsPositiveInfinity(shifts[v].End))
            {
                time.CumulVar(routing.End(v)).SetMax((long)(Scale * shifts[v].End));
            }
        }

        var tardinessCoefficient = Math.Max(1, (long)Math.Round(weights.Tardiness / unit));
        var index = new long[visits.Count];
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            index[i] = manager.NodeToIndex(2 * vehicles + i);
            var cumul = time.CumulVar(index[i]);
            cumul.SetMin((long)Math.Ceiling(Scale * visit.Earliest - 1e-6));
            var latest = (long)Math.Floor(Scale * visit.Latest + 1e-6);
            if (visit.LatenessAllowed)
            {
                time.SetCumulVarSoftUpperBound(index[i], latest, tardinessCoefficient);
            }
            else
            {
                cumul.SetMax(latest);
            }

            var allowed = Enumerable.Range(0, vehicles)
                .Where(v => visit.RequiredCompetences.All(shifts[v].Competences.Contains))
                .Select(v => (long)v)
                .Append(-1) // unperformed
                .ToArray();
            routing.VehicleVar(index[i]).SetValues(allowed);
            // Dropping a visit is allowed at a prohibitive price: the first-solution heuristics do not see the
            // synchronisation constraints and fail outright without this way out; a plan that still drops a
            // visit counts as infeasible.
            routing.AddDisjunction([index[i]], DropPenalty);
        }

        var solver = routing.solver();
        var position = visits.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var sync in problem.Synchronisations)
        {
            var first = index[position[sync.FirstVisitId]];
            var second = index[position[sync.SecondVisitId]];
            var gap = time.CumulVar(second) - time.CumulVar(first);
            solver.Add(gap >= (long)Math.Ceiling(Scale * sync.MinGap - 1e-6));
            solver.Add(gap <= (long)Math.Floor(Scale * sync.MaxGap + 1e-6));
            // Two different staff once the first half is performed (both −1 while both are dropped).
            solver.Add(solver.MakeIsDifferentVar(routing.VehicleVar(first), routing.VehicleVar(second)) >= routing.ActiveVar(first));
        }

        // Stop on the caller's clock (CPU time on a shared machine), not only on OR-Tools' own wall clock.
        VoidToBoolean stop = () => clock.GetElapsedTime(stopwatchStart) >= timeLimit;
        var limit = solver.MakeCustomLimit(stop);
        routing.AddSearchMonitor(limit);

        // Keep the sequences of every improvement for the gap-versus-time curve (scored after the search).
        var snapshots = new List<(TimeSpan Elapsed, long Cost, List<int>[] Routes)>();
        VoidToVoid onSolution = () =>
        {
            var cost = routing.CostVar().Value();
            if (snapshots.Count == 0 || cost < snapshots[^1].Cost)
            {
                snapshots.Add((clock.GetElapsedTime(stopwatchStart), cost, ReadRoutes(routing, manager, vehicles, v => routing.NextVar(v).Value())));
            }
        };
        routing.AddAtSolutionCallback(onSolution);

        var parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        parameters.FirstSolutionStrategy = FirstSolutionStrategy.Types.Value.ParallelCheapestInsertion;
        parameters.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
        // The clock limit above decides; this only keeps OR-Tools from warning about an unbounded search.
        parameters.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromDays(1));
        var solution = routing.SolveWithParameters(parameters);
        GC.KeepAlive(stop);
        GC.KeepAlive(onSolution);
        GC.KeepAlive(arcCost);
        GC.KeepAlive(transit);

        foreach (var (elapsed, _, routes) in snapshots)
        {
            progress.Add(new SolverProgress(elapsed, 0, PlanEvaluator.Evaluate(problem, ToPlan(problem, routes, vehicles), weights).Total));
        }

        if (solution is null)
        {
            return new Plan(shifts.Select(s => new PlannedRoute(s.Id, [])).ToList(), visits.Select(v => v.Id).ToList());
        }

        return ToPlan(problem, ReadRoutes(routing, manager, vehicles, v => solution.Value(routing.NextVar(v))), vehicles);
    }

    private static List<int>[] ReadRoutes(RoutingModel routing, RoutingIndexManager manager, int vehicles, Func<long, long> next)
    {
        var routes = new List<int>[vehicles];
        for (var v = 0; v < vehicles; v++)
        {
            routes[v] = [];
            for (var i = next(routing.Start(v)); !routing.IsEnd(i); i = next(i))
            {
                routes[v].Add(manager.IndexToNode(i) - 2 * vehicles);
            }
        }

        return routes;
    }

    private static Plan ToPlan(PlanningProblem problem, List<int>[] routes, int vehicles)
    {
        var starts = EarliestStarts.Compute(problem, routes);
        var planned = new List<PlannedRoute>(vehicles);
        for (var v = 0; v < vehicles; v++)
        {
            planned.Add(new PlannedRoute(problem.Shifts[v].Id, routes[v].Select(i => new PlannedVisit(problem.Visits[i].Id, starts[i])).ToList()));
        }

        var assigned = routes.SelectMany(r => r).ToHashSet();
        return new Plan(planned, problem.Visits.Where((_, i) => !assigned.Contains(i)).Select(v => v.Id).ToList());
    }
}
