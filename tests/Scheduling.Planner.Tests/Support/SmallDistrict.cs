using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Tests.Support;

/// <summary>
/// A hand-sized municipal problem on a line of locations (travel = distance in minutes): four nurses and
/// helpers with hard shifts and breaks, one simultaneous and one sequenced double visit, contact persons.
/// </summary>
internal static class SmallDistrict
{
    public const int Office = 0;

    public static PlanningProblem Create(int staff = 4, int recipients = 8)
    {
        var size = recipients + 1;
        var minutes = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                minutes[i * size + j] = 3 * Math.Abs(i - j);
            }
        }

        var matrix = TravelMatrix.FromDurations(size, minutes);
        var visits = new List<Visit>();
        var continuity = new List<RecipientContinuity>();
        for (var r = 1; r <= recipients; r++)
        {
            var recipient = $"r{r}";
            visits.Add(new Visit($"{recipient}-morning", recipient, r, 30, 420 + 10 * r, 480 + 10 * r, false, Set("care")));
            visits.Add(new Visit($"{recipient}-lunch", recipient, r, 20, 660, 720, true, Set("care")));
            continuity.Add(new RecipientContinuity(recipient, $"s{r % staff}", $"s{(r + 1) % staff}", Set()));
        }

        visits.Add(new Visit("r1-lift-a", "r1", 1, 20, 540, 600, false, Set("care")));
        visits.Add(new Visit("r1-lift-b", "r1", 1, 20, 540, 600, false, Set("care")));
        visits.Add(new Visit("r2-wound", "r2", 2, 15, 560, 620, false, Set("nurse")));
        visits.Add(new Visit("r2-dress", "r2", 2, 15, 560, 680, false, Set("care")));

        var syncs = new List<VisitSynchronisation>
        {
            VisitSynchronisation.Simultaneous("r1-lift-a", "r1-lift-b"),
            VisitSynchronisation.Sequenced("r2-wound", "r2-dress", 15, 45),
        };

        var shifts = Enumerable.Range(0, staff)
            .Select(s => new StaffShift($"shift-s{s}", $"s{s}", s % 2 == 0 ? Set("care", "nurse") : Set("care"), 420, 900, Office, Office, 450)
            {
                Break = new BreakWindow(690, 750, 30),
            })
            .ToList();
        return PlanningProblem.WithSingleMatrix(visits, syncs, shifts, matrix, continuity);
    }

    public static HashSet<string> Set(params string[] items) => [.. items];
}
