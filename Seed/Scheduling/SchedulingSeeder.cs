using System.Net;
using System.Text.Json;

namespace CareServices.Seed.Scheduling;

/// <summary>
/// Gives a municipality's zones their home-care teams through Scheduling's API: staff (two nurses in three, since
/// most care visits bundle medicines only a nurse gives; one home helper; the rest health workers), day and evening
/// shifts for the current and next week, a primary and
/// secondary contact person for every recipient (the two best suggestions), and published plans from today to the
/// end of next week (<see cref="ZoneDayPlanning"/>). Idempotent: what is already there is kept; a published plan is
/// not planned again.
/// </summary>
public sealed class SchedulingSeeder(GatewayClient gateway, string municipality, IReadOnlyList<ZonePlan> zones, int recipients)
{
    private const string Planner = "Planner";

    private static readonly string[] FirstNames =
    [
        "Kari", "Ola", "Ingrid", "Per", "Solveig", "Arne", "Liv", "Bjørn", "Marit", "Tor", "Astrid", "Nils", "Hilde", "Jon",
        "Randi", "Erik", "Anne", "Knut", "Berit", "Lars", "Siri", "Odd", "Tone", "Geir",
    ];

    private static readonly string[] LastNames = ["Hansen", "Johansen", "Olsen", "Larsen", "Andreassen", "Pedersen", "Nilsen", "Karlsen", "Berg", "Strand"];

    /// <summary>Search time per zone-day: a zone-day of the demo has about 60 visits, and longer searches plan no more of them.</summary>
    private const int TimeLimitSeconds = 1;

    public sealed record Result(int Staff, int ContactPersons, int PublishedPlans, int Visits, int Unassigned);

    public async Task<Result> RunAsync(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var lastDay = monday.AddDays(13);
        var created = 0;
        var index = 0;
        foreach (var zone in zones)
        {
            // One staff member for every three and a half recipients of the zone, at least four.
            var wanted = Math.Max(4, (int)Math.Ceiling(recipients * zone.Share / 3.5));
            var existing = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/staff?zone={Uri.EscapeDataString(zone.Name)}&pageSize=200", Planner, municipality);
            var team = existing.GetProperty("items").EnumerateArray()
                .Select(s => (Id: s.GetProperty("id").GetGuid(), Competence: s.GetProperty("competences")[0].GetString()!)).ToList();
            for (var i = team.Count; i < wanted; i++, index++)
            {
                var competence = i == 1 ? "homeHelper" : i % 3 == 2 ? "healthWorker" : "nurse";
                var body = await gateway.ExpectAsync(HttpMethod.Post, "/api/scheduling/staff", Planner, municipality, new
                {
                    name = $"{FirstNames[index % FirstNames.Length]} {LastNames[index / FirstNames.Length % LastNames.Length]}",
                    competences = new[] { competence },
                    zone = zone.Name,
                    employmentPercentage = i % 3 == 2 ? 80 : 100,
                    languages = i % 5 == 4 ? new[] { "nb", "en" } : new[] { "nb" },
                    transportMode = "car",
                    baseLatitude = zone.Latitude,
                    baseLongitude = zone.Longitude,
                });
                team.Add((body.GetProperty("id").GetGuid(), competence));
                created++;
            }
            // A third of each competence works evenings, rotating by day, so every evening has nurses; the rest days.
            foreach (var group in team.GroupBy(m => m.Competence))
            {
                foreach (var (member, rank) in group.Select((m, rank) => (m, rank)))
                {
                    var shifts = Enumerable.Range(0, 14).Select(d => monday.AddDays(d))
                        .Select(date => new { date, template = (rank + date.DayNumber) % 3 == 0 ? "evening" : "day" });
                    await gateway.ExpectAsync(HttpMethod.Post, $"/api/scheduling/staff/{member.Id}/shifts", Planner, municipality, new { shifts });
                }
            }
        }

        var contacts = await AssignContactPersonsAsync();
        var zoneDays = Enumerable.Range(0, lastDay.DayNumber - today.DayNumber + 1)
            .SelectMany(d => zones.Select(z => (z.Name, today.AddDays(d))));
        var plans = await new ZoneDayPlanning(gateway, municipality).PlanAndPublishAsync(zoneDays, TimeLimitSeconds);
        return new Result(created, contacts, plans.Published, plans.Visits, plans.Unassigned);
    }

    private async Task<int> AssignContactPersonsAsync()
    {
        var assigned = 0;
        for (var page = 1; ; page++)
        {
            var list = await gateway.ExpectAsync(HttpMethod.Get, $"/api/assessment/recipients?page={page}&pageSize=200", "CaseWorker", municipality);
            var items = list.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items)
            {
                var id = item.GetProperty("id").GetGuid();
                var (status, recipient) = await WaitForRecipientAsync(id);
                if (status != HttpStatusCode.OK || recipient.GetProperty("primaryContact").ValueKind == JsonValueKind.Object)
                {
                    continue;
                }
                var suggestions = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/recipients/{id}/contact-person-suggestions", Planner, municipality);
                if (suggestions.GetArrayLength() == 0)
                {
                    continue;
                }
                var secondary = suggestions.GetArrayLength() > 1 ? suggestions[1].GetProperty("staffId").GetGuid() : (Guid?)null;
                var (put, _) = await gateway.SendAsync(HttpMethod.Put, $"/api/scheduling/recipients/{id}/contact-persons", Planner, municipality,
                    new { primaryStaffId = suggestions[0].GetProperty("staffId").GetGuid(), secondaryStaffId = secondary });
                assigned += put == HttpStatusCode.OK ? 1 : 0;
            }
            if (items.Count < 200)
            {
                return assigned;
            }
        }
    }

    /// <summary>Scheduling learns of a recipient from Assessment's event; give it a moment before concluding it is not there.</summary>
    private async Task<(HttpStatusCode, JsonElement)> WaitForRecipientAsync(Guid id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (status, body) = await gateway.SendAsync(HttpMethod.Get, $"/api/scheduling/recipients/{id}", Planner, municipality);
            if (status != HttpStatusCode.NotFound || attempt >= 30)
            {
                return (status, body);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
