using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Checking;

public sealed class FeasibilityCheckerTests
{
    private static readonly (string, double)[] Bo = [("p1", 515), ("d2", 600)];

    [Fact]
    public void A_plan_that_keeps_every_rule_is_feasible()
    {
        var report = FeasibilityChecker.Check(TinyProblem.Create(), TinyProblem.ValidPlan());

        Assert.True(report.IsFeasible, string.Join("\n", report.Violations));
    }

    [Fact]
    public void Starting_before_the_window_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 495), ("p2", 540), ("v2", 560), ("d1", 600)], Bo);

        AssertOnly(ViolationKind.StartBeforeWindow, plan);
    }

    [Fact]
    public void Starting_after_a_hard_window_is_caught()
    {
        var problem = TinyProblem.Create(visit: v => v.Id == "v2" ? v with { Latest = 565 } : v);
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 570), ("d1", 610)], [("p1", 515), ("d2", 610)]);

        AssertOnly(ViolationKind.StartAfterWindow, plan, problem);
    }

    [Fact]
    public void Starting_late_where_lateness_is_allowed_is_not_a_violation()
    {
        var problem = TinyProblem.Create(visit: v => v.Id == "v2" ? v with { Latest = 565, LatenessAllowed = true } : v);
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 570), ("d1", 610)], [("p1", 515), ("d2", 610)]);

        Assert.True(FeasibilityChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void Too_little_travel_time_between_visits_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 535), ("v2", 560), ("d1", 600)], [("p1", 515), ("d2", 600)]);

        AssertOnly(ViolationKind.TravelTimeTooShort, plan);
    }

    [Fact]
    public void Leaving_before_the_shift_starts_is_caught()
    {
        var problem = TinyProblem.Create(anna: s => s with { Start = 495 });

        AssertOnly(ViolationKind.ShiftStartViolated, TinyProblem.ValidPlan(), problem);
    }

    [Fact]
    public void Returning_after_the_shift_ends_is_caught()
    {
        var problem = TinyProblem.Create(anna: s => s with { End = 625 });

        AssertOnly(ViolationKind.ShiftEndViolated, TinyProblem.ValidPlan(), problem);
    }

    [Fact]
    public void A_visit_by_staff_without_the_competence_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("d1", 600)], [("p1", 515), ("v2", 560), ("d2", 600)]);

        AssertOnly(ViolationKind.MissingCompetence, plan);
    }

    [Fact]
    public void A_simultaneous_visit_starting_apart_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600)], [("p1", 515), ("d2", 605)]);

        AssertOnly(ViolationKind.SimultaneousStartMismatch, plan);
    }

    [Fact]
    public void A_sequenced_visit_outside_its_gap_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600)], [("p1", 500), ("d2", 600)]);

        AssertOnly(ViolationKind.PrecedenceGapViolated, plan);
    }

    [Fact]
    public void The_same_staff_member_on_both_halves_of_a_double_visit_is_caught()
    {
        var problem = TinyProblem.Create(visit: v => v with { Earliest = Math.Min(v.Earliest, 500), Latest = 700 });
        var plan = TinyProblem.Plan(
            [("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600), ("d2", 620)],
            [("p1", 515)]);

        var report = FeasibilityChecker.Check(problem, plan);

        Assert.True(report.Has(ViolationKind.SameStaffOnBothHalves));
    }

    [Fact]
    public void Planning_only_one_half_of_a_double_visit_is_caught()
    {
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600)], [("p1", 515)], null, "d2");

        AssertOnly(ViolationKind.DoubleVisitHalfAssigned, plan);
    }

    [Fact]
    public void Missing_and_duplicated_visits_are_caught()
    {
        var missing = TinyProblem.Plan([("v1", 500), ("p2", 540), ("d1", 600)], Bo);
        var twice = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600)], Bo, null, "v1");

        AssertOnly(ViolationKind.VisitMissing, missing);
        AssertOnly(ViolationKind.VisitPlannedTwice, twice);
    }

    [Fact]
    public void Pinned_shift_and_pinned_start_are_enforced()
    {
        var pinnedShift = TinyProblem.Create(visit: v => v.Id == "v1" ? v with { PinnedShiftId = "bo-am" } : v);
        var pinnedStart = TinyProblem.Create(visit: v => v.Id == "v1" ? v with { PinnedStart = 510 } : v);

        AssertOnly(ViolationKind.PinnedShiftViolated, TinyProblem.ValidPlan(), pinnedShift);
        AssertOnly(ViolationKind.PinnedStartViolated, TinyProblem.ValidPlan(), pinnedStart);
    }

    [Fact]
    public void Breaks_must_be_planned_inside_their_window_and_between_visits()
    {
        var withBreak = TinyProblem.Create(anna: s => s with { Break = new BreakWindow(580, 660, 30) });

        Assert.True(FeasibilityChecker.Check(withBreak, TinyProblem.ValidPlan(annaBreak: 625)).IsFeasible);
        AssertOnly(ViolationKind.BreakMissing, TinyProblem.ValidPlan(), withBreak);
        AssertOnly(ViolationKind.BreakOutsideWindow, TinyProblem.ValidPlan(annaBreak: 665), withBreak);
        AssertOnly(ViolationKind.BreakOverlapsWork, TinyProblem.ValidPlan(annaBreak: 595), withBreak);
    }

    private static void AssertOnly(ViolationKind kind, Plan plan, PlanningProblem? problem = null)
    {
        var report = FeasibilityChecker.Check(problem ?? TinyProblem.Create(), plan);

        Assert.True(report.Has(kind), $"expected {kind}, got: {string.Join("; ", report.Violations)}");
        Assert.All(report.Violations, v => Assert.Equal(kind, v.Kind));
    }
}
