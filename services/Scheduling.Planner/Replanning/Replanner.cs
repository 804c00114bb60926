using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Engine;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Search;

namespace CareServices.Scheduling.Planner.Replanning;

/// <summary>
/// Repairs a plan after a change. The caller passes the problem as it is now (a shift removed because the
/// staff member is ill, a visit added or cancelled, a visit pinned to its late start) and the plan as it
/// was. Everything that still fits keeps its shift and order; the rest is inserted, then the search runs
/// with the <c>Disruption</c> weight charging every visit moved to another shift.
/// </summary>
public static class Replanner
{
    public static SolveResult Replan(
        PlanningProblem problem, Plan current, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var clock = new SolverClock(options.TimeProvider);
        var compiled = new CompiledProblem(problem, options.Weights, current);
        var s = new WorkingSolution(compiled);
        var visitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < compiled.VisitCount; t++)
        {
            visitIndex[compiled.VisitIds[t]] = t;
        }

        var shiftIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < compiled.RouteCount; r++)
        {
            shiftIndex[compiled.ShiftIds[r]] = r;
        }

        KeepWhatStillFits(compiled, s, current, visitIndex, shiftIndex);
        var neighbours = new NeighbourLists(compiled);
        ConstructionHeuristic.Build(s, new Random(options.Seed), neighbours.Of);
        return HomeCarePlanner.Improve(compiled, s, neighbours, options, clock, cancellationToken, current);
    }

    private static void KeepWhatStillFits(
        CompiledProblem p, WorkingSolution s, Plan current,
        Dictionary<string, int> visitIndex, Dictionary<string, int> shiftIndex)
    {
        // Keep routes in time order so each kept visit is appended behind its old predecessor.
        var kept = new List<(int Task, int Route, double Start)>();
        foreach (var route in current.Routes)
        {
            if (!shiftIndex.TryGetValue(route.ShiftId, out var r))
            {
                continue;
            }

            foreach (var visit in route.Visits)
            {
                if (visitIndex.TryGetValue(visit.VisitId, out var t) && p.CandidateRoutes[t].Contains(r))
                {
                    kept.Add((t, r, visit.Start));
                }
            }
        }

        foreach (var (task, route, start) in kept.OrderBy(k => k.Start))
        {
            var partner = p.Partner[task];
            if (partner >= 0 && s.IsAssigned(partner) && p.RouteStaff[s.RouteOf[partner]] == p.RouteStaff[route])
            {
                continue;
            }

            var seq = s.Sequences[route];
            var pos = seq.Count;
            // Keep the break where the time says it belongs.
            while (pos > 0 && p.IsBreak[seq[pos - 1]] && s.Start[seq[pos - 1]] > start)
            {
                pos--;
            }

            if (s.TryInsertion(task, route, pos, out _))
            {
                s.CommitLastTrial();
            }
        }

        // A double visit with one half lost is re-planned as a whole.
        for (var t = 0; t < p.VisitCount; t++)
        {
            var partner = p.Partner[t];
            if (partner >= 0 && s.IsAssigned(t) && !s.IsAssigned(partner) && !p.CandidateRoutes[partner].Any(r => p.RouteStaff[r] != p.RouteStaff[s.RouteOf[t]]))
            {
                s.Remove(t);
            }
        }

        s.Recompute();
    }
}
