using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Reporting;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Reporting;

public sealed class PlanQualityReporterTests
{
    [Fact]
    public void The_report_holds_the_check_the_objective_and_the_domain_kpis()
    {
        var report = PlanQualityReporter.Create(TinyProblem.Create(), TinyProblem.ValidPlan(), ObjectiveWeights.Municipal);

        Assert.True(report.Feasibility.IsFeasible);
        Assert.Equal(1, report.Objective.NotByContactPerson);
        // 140 visit minutes; anna works 490–630, bo 505–630 (leaving just in time, back at the office).
        Assert.Equal(140.0 / 265.0, report.Kpis.Presence, 9);
        Assert.Equal(5.0 / 6.0, report.Kpis.ContactPersonShare, 9);
        Assert.Equal(1.0, report.Kpis.Punctuality, 9);
        Assert.Equal(2.0, report.Kpis.DistinctStaffPerRecipientShift, 9);
        Assert.Equal(1.0, report.Kpis.AssignedShare, 9);
    }

    [Fact]
    public void Late_starts_lower_punctuality()
    {
        var problem = TinyProblem.Create(visit: v => v.Id == "v2" ? v with { Latest = 565, LatenessAllowed = true } : v);
        var plan = TinyProblem.Plan([("v1", 500), ("p2", 540), ("v2", 570), ("d1", 610)], [("p1", 515), ("d2", 610)]);

        var kpis = PlanQualityReporter.Kpis(problem, plan);

        Assert.Equal(5.0 / 6.0, kpis.Punctuality, 9);
    }
}
