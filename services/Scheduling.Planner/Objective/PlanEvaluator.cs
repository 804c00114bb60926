using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Objective;

/// <summary>
/// Computes every objective term of a plan from the plan's own start times, independent of the solver's
/// internal bookkeeping, so any plan (ours, a baseline's, a published one) is scored the same way.
/// </summary>
public static class PlanEvaluator
{
    public static ObjectiveBreakdown Evaluate(
        PlanningProblem problem, Plan plan, ObjectiveWeights weights, Plan? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(weights);
        var index = new ProblemIndex(problem);
        var baselineShift = BaselineShifts(baseline);

        double distance = 0, travelTime = 0, tardiness = 0, maxTardiness = 0, overtime = 0;
        int notContact = 0, unfamiliar = 0, disruption = 0;
        var perDay = new HashSet<(string, int, string)>();
        var perHorizon = new HashSet<(string, string)>();
        var perBundle = new HashSet<(string, int, int, string)>();
        var bundles = new HashSet<(string, int, int)>();
        var workingTimes = new List<double>();

        foreach (var route in plan.Routes)
        {
            if (route.Visits.Count == 0 || !index.Shifts.TryGetValue(route.ShiftId, out var shift))
            {
                continue;
            }

            var matrix = index.MatrixOf(shift);
            var location = shift.StartLocation;
            foreach (var planned in route.Visits)
            {
                var visit = index.Visits[planned.VisitId];
                distance += matrix.Distance(location, visit.Location);
                travelTime += matrix.Duration(location, visit.Location);
                location = visit.Location;
                if (visit.LatenessAllowed && planned.Start > visit.Latest)
                {
                    var late = planned.Start - visit.Latest;
                    tardiness += late;
                    maxTardiness = Math.Max(maxTardiness, late);
                }

                perDay.Add((visit.RecipientId, visit.Day, shift.StaffId));
                perHorizon.Add((visit.RecipientId, shift.StaffId));
                perBundle.Add((visit.RecipientId, visit.Day, visit.Period, shift.StaffId));
                bundles.Add((visit.RecipientId, visit.Day, visit.Period));
                if (!index.IsContact(visit.RecipientId, shift.StaffId))
                {
                    notContact++;
                }

                if (!index.IsFamiliar(visit.RecipientId, shift.StaffId))
                {
                    unfamiliar++;
                }

                if (baselineShift.TryGetValue(visit.Id, out var before) && before != shift.Id && index.Shifts.ContainsKey(before))
                {
                    disruption++;
                }
            }

            distance += matrix.Distance(location, shift.EndLocation);
            travelTime += matrix.Duration(location, shift.EndLocation);
            var working = WorkingMinutes(index, shift, route);
            workingTimes.Add(working);
            overtime += Math.Max(0, working - shift.MaxWorkingMinutes);
        }

        var unassignedVisits = plan.UnassignedVisitIds.Where(index.Visits.ContainsKey).ToList();
        var mean = workingTimes.Count == 0 ? 0 : workingTimes.Average();
        var terms = new ObjectiveBreakdown
        {
            TravelDistance = distance,
            TravelTime = travelTime,
            Tardiness = tardiness,
            MaxTardiness = maxTardiness,
            Overtime = overtime,
            Unassigned = unassignedVisits.Sum(id => index.Visits[id].Priority),
            UnassignedVisits = unassignedVisits.Count,
            DistinctStaffPerDay = perDay.Count,
            DistinctStaffOverHorizon = perHorizon.Count,
            NotByContactPerson = notContact,
            UnfamiliarStaff = unfamiliar,
            SplitBundles = perBundle.Count - bundles.Count,
            WorkloadImbalance = workingTimes.Count == 0 ? 0 : workingTimes.Average(w => Math.Abs(w - mean)),
            Disruption = disruption,
        };
        return terms with { Total = ObjectiveBreakdown.Weigh(terms, weights) };
    }

    /// <summary>
    /// From leaving the start location (just in time for the first visit) to arriving at the end location,
    /// including the break.
    /// </summary>
    internal static double WorkingMinutes(ProblemIndex index, StaffShift shift, PlannedRoute route)
    {
        if (route.Visits.Count == 0)
        {
            return 0;
        }

        var matrix = index.MatrixOf(shift);
        var first = index.Visits[route.Visits[0].VisitId];
        var last = index.Visits[route.Visits[^1].VisitId];
        var leave = route.Visits[0].Start - matrix.Duration(shift.StartLocation, first.Location);
        var finish = route.Visits[^1].Start + last.Duration;
        if (route.BreakStart is { } breakStart && shift.Break is { } pause)
        {
            leave = Math.Min(leave, breakStart);
            finish = Math.Max(finish, breakStart + pause.Duration);
        }

        return finish + matrix.Duration(last.Location, shift.EndLocation) - Math.Max(leave, shift.Start);
    }

    private static Dictionary<string, string> BaselineShifts(Plan? baseline)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (baseline is null)
        {
            return map;
        }

        foreach (var route in baseline.Routes)
        {
            foreach (var visit in route.Visits)
            {
                map[visit.VisitId] = route.ShiftId;
            }
        }

        return map;
    }
}
