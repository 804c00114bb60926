using CareServices.Scheduling.Planner.Model;

namespace CareServices.Bench.Planner.District;

/// <summary>
/// A synthetic but realistic municipal day: three zones around their offices, day (07–15) and evening
/// (15–23) shifts with a 30-minute break, agreed visit times ±30 min (±45 in the morning, ±60 for practical help) (late allowed at a cost), morning peak,
/// medication rounds by nurses, practical help in the afternoon, 20 % of visit occasions needing two staff
/// (a lift together, or shower then wound care in sequence), a primary contact on the day team and a
/// secondary on the evening team for every recipient, by neighbourhood. Fixed seed: the same numbers give the same district.
/// </summary>
internal static class DistrictGenerator
{
    private const int Zones = 3;
    private const double ZoneRadiusKm = 2.5;
    private const double RoadFactor = 1.3;
    private const double MinutesPerKm = 2.0;
    private const double ParkingMinutes = 2.0;

    private static readonly (double X, double Y)[] ZoneCentres = [(0, 0), (12, 0), (6, 10)];

    /// <summary>Visit slots of the day: agreed time range, duration range, competence, share of occasions.</summary>
    private static readonly Slot[] Slots =
    [
        new("morning", 450, 690, 10, 25, 0.30),
        new("midday", 690, 810, 5, 10, 0.20),
        new("afternoon", 780, 870, 15, 30, 0.10),
        new("evening", 930, 1110, 10, 15, 0.20),
        new("late", 1140, 1320, 5, 15, 0.20),
    ];

    public static DistrictDay Generate(int occasions, int seed)
    {
        var rng = new Random(seed);
        var recipients = Math.Max(Zones, (int)Math.Round(occasions * 0.3));
        var staffCount = Math.Max(2 * Zones, (int)Math.Round(occasions * 0.075));

        // Locations: offices first, then one home per recipient.
        var points = new List<(double X, double Y)>(ZoneCentres);
        var zoneOf = new int[recipients];
        for (var r = 0; r < recipients; r++)
        {
            zoneOf[r] = r % Zones;
            var angle = rng.NextDouble() * 2 * Math.PI;
            var radius = ZoneRadiusKm * Math.Sqrt(rng.NextDouble());
            points.Add((ZoneCentres[zoneOf[r]].X + radius * Math.Cos(angle), ZoneCentres[zoneOf[r]].Y + radius * Math.Sin(angle)));
        }

        var size = points.Count;
        var minutes = new double[size * size];
        var km = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var d = RoadFactor * Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2));
                km[i * size + j] = d;
                minutes[i * size + j] = ParkingMinutes + MinutesPerKm * d;
            }
        }

        // Staff: 60 % day, 40 % evening in every zone; a third are nurses.
        var shifts = new List<StaffShift>();
        var dayTeam = new List<string>[Zones];
        var eveningTeam = new List<string>[Zones];
        for (var z = 0; z < Zones; z++)
        {
            dayTeam[z] = [];
            eveningTeam[z] = [];
        }

        for (var s = 0; s < staffCount; s++)
        {
            var zone = s % Zones;
            var evening = s / Zones % 5 >= 3;
            var nurse = s / Zones % 3 == 0;
            var id = $"staff-{s:D4}";
            var competences = nurse ? Set("nurse", "care") : Set("care", "practical");
            var (start, end, pause) = evening
                ? (900.0, 1380.0, new BreakWindow(1080, 1170, 30))
                : (420.0, 900.0, new BreakWindow(660, 750, 30));
            shifts.Add(new StaffShift($"{id}-{(evening ? "evening" : "day")}", id, competences, start, end, zone, zone, 480) { Break = pause });
            (evening ? eveningTeam : dayTeam)[zone].Add(id);
        }

        // Occasions per recipient, spread evenly; slots drawn by share without repeats.
        var visits = new List<Visit>();
        var syncs = new List<VisitSynchronisation>();
        var perRecipient = new int[recipients];
        for (var k = 0; k < occasions; k++)
        {
            perRecipient[k % recipients]++;
        }

        var doubles = 0;
        for (var r = 0; r < recipients; r++)
        {
            var recipient = $"recipient-{r:D4}";
            var location = Zones + r;
            foreach (var slot in DrawSlots(rng, Math.Min(perRecipient[r], Slots.Length)))
            {
                var agreed = Math.Round((slot.From + rng.NextDouble() * (slot.To - slot.From)) / 5) * 5;
                var duration = Math.Round(slot.MinDuration + rng.NextDouble() * (slot.MaxDuration - slot.MinDuration));
                var period = agreed < 900 ? 0 : 1;
                var competence = slot.Name switch
                {
                    "midday" => rng.NextDouble() < 0.5 ? "nurse" : "care",
                    "morning" => rng.NextDouble() < 0.15 ? "nurse" : "care",
                    "afternoon" => "practical",
                    _ => "care",
                };
                var id = $"{recipient}-{slot.Name}";
                var window = slot.Name switch { "afternoon" => 60, "morning" => 45, _ => 30 };
                Visit Make(string visitId, string need, double length) =>
                    new(visitId, recipient, location, length, agreed - window, agreed + window, true, Set(need), Period: period);

                // Practical help is single-handed, so the other slots carry the 20 % of two-person occasions.
                var wantDouble = slot.Name != "afternoon" && rng.NextDouble() < 0.2 / 0.9;
                if (!wantDouble)
                {
                    visits.Add(Make(id, competence, duration));
                    continue;
                }

                doubles++;
                if (doubles % 5 < 3)
                {
                    visits.Add(Make($"{id}-a", "care", duration));
                    visits.Add(Make($"{id}-b", "care", duration));
                    syncs.Add(VisitSynchronisation.Simultaneous($"{id}-a", $"{id}-b"));
                }
                else
                {
                    visits.Add(Make($"{id}-shower", "care", duration));
                    visits.Add(Make($"{id}-wound", "nurse", 15));
                    syncs.Add(VisitSynchronisation.Sequenced($"{id}-shower", $"{id}-wound", duration, duration + 30));
                }
            }
        }

        // Contact persons by neighbourhood, as teams do: each zone is cut into sectors around its office and
        // a sector's recipients share a primary on the day team and a secondary on the evening team.
        var continuity = new List<RecipientContinuity>();
        for (var z = 0; z < Zones; z++)
        {
            var zone = z;
            var members = Enumerable.Range(0, recipients).Where(r => zoneOf[r] == zone)
                .OrderBy(r => Math.Atan2(points[Zones + r].Y - ZoneCentres[zone].Y, points[Zones + r].X - ZoneCentres[zone].X))
                .ToList();
            for (var k = 0; k < members.Count; k++)
            {
                var r = members[k];
                var primary = dayTeam[zone][k * dayTeam[zone].Count / members.Count];
                var secondary = eveningTeam[zone].Count > 0 ? eveningTeam[zone][k * eveningTeam[zone].Count / members.Count] : null;
                var recent = new HashSet<string> { primary, dayTeam[zone][rng.Next(dayTeam[zone].Count)] };
                if (eveningTeam[zone].Count > 0)
                {
                    recent.Add(eveningTeam[zone][rng.Next(eveningTeam[zone].Count)]);
                }

                continuity.Add(new RecipientContinuity($"recipient-{r:D4}", primary, secondary, recent));
            }
        }

        var matrix = new TravelMatrix(size, minutes, km);
        var problem = PlanningProblem.WithSingleMatrix(visits, syncs, shifts, matrix, continuity);
        return new DistrictDay(problem, occasions, doubles, recipients, staffCount);
    }

    private static IEnumerable<Slot> DrawSlots(Random rng, int count)
    {
        var left = Slots.ToList();
        var chosen = new List<Slot>();
        for (var k = 0; k < count; k++)
        {
            var total = left.Sum(s => s.Share);
            var x = rng.NextDouble() * total;
            var pick = left[^1];
            foreach (var slot in left)
            {
                x -= slot.Share;
                if (x <= 0)
                {
                    pick = slot;
                    break;
                }
            }

            chosen.Add(pick);
            left.Remove(pick);
        }

        return chosen.OrderBy(s => s.From);
    }

    private static HashSet<string> Set(params string[] items) => [.. items];

    private sealed record Slot(string Name, double From, double To, double MinDuration, double MaxDuration, double Share);
}
