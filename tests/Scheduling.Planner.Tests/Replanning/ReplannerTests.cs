using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Replanning;
using CareServices.Scheduling.Planner.Search;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Replanning;

public sealed class ReplannerTests
{
    private static readonly SolverOptions Options = new()
    {
        Weights = ObjectiveWeights.Municipal with { Disruption = 500 },
        MaxIterations = 300,
    };

    [Fact]
    public void When_a_staff_member_falls_ill_every_visit_is_planned_again_and_only_theirs_move()
    {
        var problem = SmallDistrict.Create();
        var before = HomeCarePlanner.Solve(problem, Options).Plan;
        var ill = before.Routes.OrderByDescending(r => r.Visits.Count).First().ShiftId;
        var withoutIll = problem with { Shifts = problem.Shifts.Where(s => s.Id != ill).ToList() };

        var after = Replanner.Replan(withoutIll, before, Options);

        Assert.True(FeasibilityChecker.Check(withoutIll, after.Plan).IsFeasible);
        Assert.Empty(after.Plan.UnassignedVisitIds);
        var shiftBefore = before.Routes.SelectMany(r => r.Visits.Select(v => (v.VisitId, r.ShiftId))).ToDictionary();
        var moved = after.Plan.Routes
            .SelectMany(r => r.Visits.Select(v => (v.VisitId, r.ShiftId)))
            .Where(v => shiftBefore[v.VisitId] != v.ShiftId)
            .Select(v => shiftBefore[v.VisitId])
            .ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, shift => Assert.Equal(ill, shift));
        Assert.Equal(0, after.Objective.Disruption);
    }

    [Fact]
    public void A_cancelled_visit_leaves_the_rest_of_the_plan_where_it_was()
    {
        var problem = SmallDistrict.Create();
        var before = HomeCarePlanner.Solve(problem, Options).Plan;
        var changed = problem with { Visits = problem.Visits.Where(v => v.Id != "r5-lunch").ToList() };

        var after = Replanner.Replan(changed, before, Options);

        Assert.True(FeasibilityChecker.Check(changed, after.Plan).IsFeasible);
        Assert.Equal(0, after.Objective.Disruption);
        Assert.DoesNotContain(after.Plan.Routes.SelectMany(r => r.Visits), v => v.VisitId == "r5-lunch");
    }

    [Fact]
    public void An_added_visit_is_planned_without_moving_the_others()
    {
        var problem = SmallDistrict.Create();
        var before = HomeCarePlanner.Solve(problem, Options).Plan;
        var added = new Model.Visit("r3-extra", "r3", 3, 15, 600, 660, false, SmallDistrict.Set("care"));
        var changed = problem with { Visits = [.. problem.Visits, added] };

        var after = Replanner.Replan(changed, before, Options);

        Assert.True(FeasibilityChecker.Check(changed, after.Plan).IsFeasible);
        Assert.Empty(after.Plan.UnassignedVisitIds);
        Assert.Equal(0, after.Objective.Disruption);
    }

    [Fact]
    public void A_visit_running_late_is_pinned_to_its_new_start_and_the_plan_stays_feasible()
    {
        var problem = SmallDistrict.Create();
        var before = HomeCarePlanner.Solve(problem, Options).Plan;
        var planned = before.Routes.SelectMany(r => r.Visits).Single(v => v.VisitId == "r3-morning");
        var lateStart = planned.Start + 25;
        var changed = problem with
        {
            Visits = problem.Visits
                .Select(v => v.Id == "r3-morning" ? v with { PinnedStart = lateStart, LatenessAllowed = true } : v)
                .ToList(),
        };

        var after = Replanner.Replan(changed, before, Options);

        Assert.True(FeasibilityChecker.Check(changed, after.Plan).IsFeasible);
        Assert.Empty(after.Plan.UnassignedVisitIds);
        Assert.Equal(lateStart, after.Plan.Routes.SelectMany(r => r.Visits).Single(v => v.VisitId == "r3-morning").Start, 6);
    }
}
