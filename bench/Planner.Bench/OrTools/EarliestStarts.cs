using CareServices.Scheduling.Planner.Model;

namespace CareServices.Bench.Planner.OrTools;

/// <summary>
/// The earliest start times of given visit sequences: window openings, travel and service along each route,
/// and synchronisation gaps, relaxed until nothing moves. Every objective term grows with start times, so
/// this is the best timing of the sequences (the same rule the planner uses), which keeps the comparison about
/// the sequences the solver found rather than its choice of waiting.
/// </summary>
internal static class EarliestStarts
{
    public static double[] Compute(PlanningProblem problem, List<int>[] routes)
    {
        var visits = problem.Visits;
        var start = visits.Select(v => v.PinnedStart ?? v.Earliest).ToArray();
        var index = visits.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var syncs = problem.Synchronisations.Select(s => (First: index[s.FirstVisitId], Second: index[s.SecondVisitId], s.MinGap, s.MaxGap)).ToList();
        // A cycle of waiting (two routes each waiting for the other) would never settle; stop after enough rounds.
        for (var round = 0; round <= visits.Count + 1; round++)
        {
            var moved = false;
            for (var v = 0; v < routes.Length; v++)
            {
                var shift = problem.Shifts[v];
                var matrix = problem.TravelMatrices[shift.TravelMode];
                var depart = shift.Start;
                var at = shift.StartLocation;
                foreach (var i in routes[v])
                {
                    var arrive = depart + matrix.Duration(at, visits[i].Location);
                    if (arrive > start[i] + 1e-9)
                    {
                        start[i] = arrive;
                        moved = true;
                    }

                    depart = start[i] + visits[i].Duration;
                    at = visits[i].Location;
                }
            }

            foreach (var (first, second, minGap, maxGap) in syncs)
            {
                if (start[first] + minGap > start[second] + 1e-9)
                {
                    start[second] = start[first] + minGap;
                    moved = true;
                }

                if (start[second] - maxGap > start[first] + 1e-9)
                {
                    start[first] = start[second] - maxGap;
                    moved = true;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return start;
    }
}
