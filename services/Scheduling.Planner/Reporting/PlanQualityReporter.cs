using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Reporting;

/// <summary>Builds a <see cref="PlanQualityReport"/> for any plan, from the problem and the plan alone.</summary>
public static class PlanQualityReporter
{
    public static PlanQualityReport Create(
        PlanningProblem problem, Plan plan, ObjectiveWeights weights, Plan? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanQualityReport(
            FeasibilityChecker.Check(problem, plan),
            PlanEvaluator.Evaluate(problem, plan, weights, baseline),
            Kpis(problem, plan));
    }

    public static PlanKpis Kpis(PlanningProblem problem, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var index = new ProblemIndex(problem);
        double visitMinutes = 0, workingMinutes = 0;
        int planned = 0, byContact = 0, punctual = 0;
        var perShift = new Dictionary<(string, int, int), HashSet<string>>();
        var perHorizon = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var route in plan.Routes)
        {
            if (!index.Shifts.TryGetValue(route.ShiftId, out var shift))
            {
                continue;
            }

            workingMinutes += PlanEvaluator.WorkingMinutes(index, shift, route);
            foreach (var placed in route.Visits)
            {
                if (!index.Visits.TryGetValue(placed.VisitId, out var visit))
                {
                    continue;
                }

                planned++;
                visitMinutes += visit.Duration;
                if (index.IsContact(visit.RecipientId, shift.StaffId))
                {
                    byContact++;
                }

                if (placed.Start >= visit.Earliest - FeasibilityChecker.Tolerance
                    && placed.Start <= visit.Latest + FeasibilityChecker.Tolerance)
                {
                    punctual++;
                }

                Add(perShift, (visit.RecipientId, visit.Day, visit.Period), shift.StaffId);
                Add(perHorizon, visit.RecipientId, shift.StaffId);
            }
        }

        return new PlanKpis(
            Presence: workingMinutes > 0 ? visitMinutes / workingMinutes : 0,
            DistinctStaffPerRecipientShift: perShift.Count > 0 ? perShift.Values.Average(s => s.Count) : 0,
            DistinctStaffPerRecipientHorizon: perHorizon.Count > 0 ? perHorizon.Values.Average(s => s.Count) : 0,
            ContactPersonShare: planned > 0 ? (double)byContact / planned : 0,
            Punctuality: planned > 0 ? (double)punctual / planned : 0,
            AssignedShare: problem.Visits.Count > 0 ? (double)planned / problem.Visits.Count : 1,
            VisitMinutes: visitMinutes,
            WorkingMinutes: workingMinutes);
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<string>> map, TKey key, string staff)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        set.Add(staff);
    }
}
