using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Instances;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Objective;

public sealed class PlanEvaluatorTests
{
    /// <summary>
    /// An optimal A1 plan (published optimum 218.2): caregiver 0 drives 0→10→3→5→9→7→11, caregiver 1
    /// 0→8→11, caregiver 2 0→8→10→6→2→1→9→4→11, all starts inside their windows.
    /// </summary>
    [Fact]
    public void Mankowska_profile_reproduces_the_published_objective_of_an_A1_solution()
    {
        var instance = TestInstances.A(1);
        var plan = new Plan(
            [
                Route(0, (10, 3, 148), (3, 2, 247), (5, 3, 314.15073), (9, 1, 356.04338), (7, 3, 434)),
                Route(1, (8, 5, 46)),
                Route(2, (8, 6, 46), (10, 6, 159.16148), (6, 5, 224.08299), (2, 5, 291.120714), (1, 4, 345),
                    (9, 4, 416.45433), (4, 4, 458.87967)),
            ],
            []);
        // Travel distances read off the d matrix of the file, route by route; no visit starts late.
        var distance = (88.88757 + 59.64059 + 53.15073 + 27.89265 + 34.0147 + 32.526913)
            + (13.038404 + 13.038404)
            + (13.038404 + 99.16148 + 50.92151 + 53.037724 + 23.086792 + 57.45433 + 28.42534 + 7.28011);

        var terms = PlanEvaluator.Evaluate(instance.Problem, plan, ObjectiveWeights.Mankowska2014);

        Assert.True(FeasibilityChecker.Check(instance.Problem, plan).IsFeasible);
        Assert.Equal(distance, terms.TravelDistance, 6);
        Assert.Equal(0, terms.Tardiness, 9);
        Assert.Equal(0, terms.MaxTardiness, 9);
        Assert.Equal(distance / 3, terms.Total, 6);
        Assert.Equal(218.2, Math.Round(terms.Total, 1));
    }

    [Fact]
    public void Tardiness_counts_every_late_service_and_the_largest_one()
    {
        var instance = TestInstances.A(1);
        // Node 7 (window [434, 554]) started 20 minutes late, node 4 (window [393, 513]) 5 minutes late.
        var plan = new Plan(
            [
                Route(0, (10, 3, 148), (3, 2, 247), (5, 3, 314.15073), (9, 1, 356.04338), (7, 3, 574)),
                Route(1, (8, 5, 46)),
                Route(2, (8, 6, 46), (10, 6, 159.16148), (6, 5, 224.08299), (2, 5, 291.120714), (1, 4, 345),
                    (9, 4, 416.45433), (4, 4, 518)),
            ],
            []);

        var terms = PlanEvaluator.Evaluate(instance.Problem, plan, ObjectiveWeights.Mankowska2014);

        Assert.Equal(25, terms.Tardiness, 6);
        Assert.Equal(20, terms.MaxTardiness, 6);
        Assert.Equal((terms.TravelDistance + 25 + 20) / 3, terms.Total, 6);
    }

    [Fact]
    public void Continuity_terms_count_staff_per_recipient_and_contact_persons()
    {
        var problem = TinyProblem.Create();

        var terms = PlanEvaluator.Evaluate(problem, TinyProblem.ValidPlan(), ObjectiveWeights.Municipal);

        // Recipient x: anna (v1, d1) and bo (d2); y: anna (p2, v2) and bo (p1) — two staff each, same period.
        Assert.Equal(4, terms.DistinctStaffPerDay);
        Assert.Equal(4, terms.DistinctStaffOverHorizon);
        Assert.Equal(2, terms.SplitBundles);
        // Only bo's d2 for x is not by a contact person (x has anna only).
        Assert.Equal(1, terms.NotByContactPerson);
        Assert.Equal(1, terms.UnfamiliarStaff);
    }

    private static PlannedRoute Route(int caregiver, params (int Node, int Service, double Start)[] visits) =>
        new(MankowskaInstance.CaregiverId(caregiver),
            visits.Select(v => new PlannedVisit(MankowskaInstance.VisitId(v.Node, v.Service), v.Start)).ToList());
}
