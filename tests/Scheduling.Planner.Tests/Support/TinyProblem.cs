using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Tests.Support;

/// <summary>
/// Two staff, an office and two homes ten minutes apart, and a plan that satisfies every hard constraint;
/// each checker test breaks exactly one thing in it.
/// </summary>
internal static class TinyProblem
{
    public static PlanningProblem Create(Func<StaffShift, StaffShift>? anna = null, Func<Visit, Visit>? visit = null)
    {
        var minutes = new double[9];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                minutes[i * 3 + j] = i == j ? 0 : 10;
            }
        }

        var care = SmallDistrict.Set("care");
        var visits = new List<Visit>
        {
            new("v1", "x", 1, 30, 500, 530, false, care),
            new("v2", "y", 2, 30, 560, 620, false, SmallDistrict.Set("nurse")),
            new("d1", "x", 1, 20, 600, 640, false, care),
            new("d2", "x", 1, 20, 600, 640, false, care),
            new("p1", "y", 2, 20, 500, 700, false, care),
            new("p2", "y", 2, 20, 500, 700, false, care),
        };
        if (visit is not null)
        {
            visits = visits.Select(visit).ToList();
        }

        var shifts = new List<StaffShift>
        {
            (anna ?? (s => s))(new StaffShift("anna-am", "anna", SmallDistrict.Set("care", "nurse"), 480, 720, 0, 0)),
            new("bo-am", "bo", care, 480, 720, 0, 0),
        };
        var syncs = new List<VisitSynchronisation>
        {
            VisitSynchronisation.Simultaneous("d1", "d2"),
            VisitSynchronisation.Sequenced("p1", "p2", 10, 30),
        };
        var continuity = new List<RecipientContinuity>
        {
            new("x", "anna", null, SmallDistrict.Set()),
            new("y", "bo", "anna", SmallDistrict.Set()),
        };
        return PlanningProblem.WithSingleMatrix(visits, syncs, shifts, TravelMatrix.FromDurations(3, minutes), continuity);
    }

    public static Plan ValidPlan(double? annaBreak = null) => Plan(
        [("v1", 500), ("p2", 540), ("v2", 560), ("d1", 600)],
        [("p1", 515), ("d2", 600)],
        annaBreak);

    public static Plan Plan(
        IEnumerable<(string Id, double Start)> anna, IEnumerable<(string Id, double Start)> bo,
        double? annaBreak = null, params string[] unassigned) =>
        new(
            [
                new PlannedRoute("anna-am", anna.Select(v => new PlannedVisit(v.Id, v.Start)).ToList(), annaBreak),
                new PlannedRoute("bo-am", bo.Select(v => new PlannedVisit(v.Id, v.Start)).ToList()),
            ],
            unassigned);
}
