using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Bench.Scheduling;

/// <summary>
/// A generated home-care district in Nord-Steigen (1848), built only through the gateway: recipients registered and
/// their decisions granted in Assessment (Scheduling derives the visits from the events), staff, the day's roster and
/// contact persons in Scheduling. Each recipient has a morning personal-care visit (one of three staggered windows,
/// one in ten with two staff), a midday meal, an evening visit (medication by a nurse for one in four, else a
/// supervisory visit), and one in three an afternoon social visit: 3.33 visits each, no two windows overlapping
/// (overlapping ones would be bundled into one visit). Staff: a day team (07:30–15:30) and an
/// evening team (15:00–22:30), a fifth of each nurses, the rest health workers. Each recipient's primary contact is
/// on the day team and the secondary on the evening team of their sector (recipients sorted by bearing from the
/// office), so contact persons are close to their recipients. Fixed seed: the same district every run.
/// </summary>
public sealed class District(HttpClient gateway, BenchTokens tokens, int recipients, int dayStaff, int eveningStaff)
{
    private const string Zone = "Nord-Steigen";
    private const double OfficeLatitude = 67.93, OfficeLongitude = 15.33;
    private readonly Random _random = new(1848);

    public List<Guid> Staff { get; } = [];
    public List<Guid> Recipients { get; } = [];

    public static string ZoneName => Zone;

    public async Task BuildAsync(DateOnly today, IReadOnlyList<DateOnly> days)
    {
        var caseWorker = tokens.For("CaseWorker");
        var planner = tokens.For("Planner");
        var homes = Enumerable.Range(0, recipients).Select(_ => Home()).ToList();

        Console.Error.WriteLine($"bench: registering {dayStaff + eveningStaff} staff with shifts on {days.Count} days from {days[0]:yyyy-MM-dd}");
        var dayTeam = await ParallelAsync(Enumerable.Range(0, dayStaff), i => StaffAsync(planner, $"Dag {i + 1}", i % 5 == 0 ? "nurse" : "healthWorker", days, "day"));
        var eveningTeam = await ParallelAsync(Enumerable.Range(0, eveningStaff), i => StaffAsync(planner, $"Kveld {i + 1}", i % 5 == 0 ? "nurse" : "healthWorker", days, "evening"));
        Staff.AddRange(dayTeam);
        Staff.AddRange(eveningTeam);

        Console.Error.WriteLine($"bench: registering {recipients} recipients and granting their decisions in Assessment");
        Recipients.AddRange(await ParallelAsync(Enumerable.Range(0, recipients), i => RecipientAsync(caseWorker, i, homes[i], today)));

        // Scheduling derives all of a decision's visits (four weeks) in one transaction: one visit means all of them.
        Console.Error.WriteLine("bench: waiting until Scheduling has every recipient's visits");
        await ParallelAsync(Enumerable.Range(0, recipients), i => WaitForVisitsAsync(planner, Recipients[i], days[0]));

        Console.Error.WriteLine("bench: assigning contact persons by sector");
        var bySector = Enumerable.Range(0, recipients)
            .OrderBy(i => Math.Atan2(homes[i].Latitude - OfficeLatitude, (homes[i].Longitude - OfficeLongitude) * Math.Cos(OfficeLatitude * Math.PI / 180)))
            .ToList();
        await ParallelAsync(Enumerable.Range(0, recipients), rank => SendAsync(planner, HttpMethod.Put,
            $"/api/scheduling/recipients/{Recipients[bySector[rank]]}/contact-persons",
            new { primaryStaffId = dayTeam[rank * dayStaff / recipients], secondaryStaffId = eveningTeam[rank * eveningStaff / recipients] }));
    }

    public int VisitsPerDay => Enumerable.Range(0, recipients).Sum(i => i % 3 == 0 ? 4 : 3);

    private (double Latitude, double Longitude) Home()
    {
        // Uniform over a disc of 4 km around the office.
        var distance = 4.0 * Math.Sqrt(_random.NextDouble());
        var bearing = _random.NextDouble() * 2 * Math.PI;
        return (OfficeLatitude + distance * Math.Cos(bearing) / 111.2,
            OfficeLongitude + distance * Math.Sin(bearing) / (111.2 * Math.Cos(OfficeLatitude * Math.PI / 180)));
    }

    private async Task<Guid> StaffAsync(string token, string name, string competence, IReadOnlyList<DateOnly> days, string template)
    {
        var id = await PostForIdAsync(token, "/api/scheduling/staff", new
        {
            name,
            competences = new[] { competence },
            zone = Zone,
            employmentPercentage = 100,
            languages = new[] { "nb" },
            transportMode = "car",
            baseLatitude = OfficeLatitude,
            baseLongitude = OfficeLongitude,
        });
        await SendAsync(token, HttpMethod.Post, $"/api/scheduling/staff/{id}/shifts", new { shifts = days.Select(date => new { date, template }) });
        return id;
    }

    private async Task<Guid> RecipientAsync(string token, int i, (double Latitude, double Longitude) home, DateOnly today)
    {
        var (born, nationalId) = NationalIds.Nth(i);
        var id = await PostForIdAsync(token, "/api/assessment/recipients", new
        {
            name = $"Bench Mottaker {i + 1}",
            birthDate = born,
            nationalId,
            zone = Zone,
            preferredLanguage = "nb",
            address = new { street = $"Bygdeveien {i + 1}", postalCode = "8283", city = "Leinesfjord", latitude = home.Latitude, longitude = home.Longitude },
        });
        string[][] mornings = [["07:30", "10:00"], ["08:15", "10:45"], ["09:00", "11:30"]];
        var morning = mornings[i % 3];
        var lines = new List<object>
        {
            new { serviceCode = "personal_care", minutesPerVisit = 20, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = morning[0], end = morning[1] } }, doubleStaffing = i % 10 == 0 },
            new { serviceCode = "nutrition", minutesPerVisit = 10, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "12:00", end = "14:30" } } },
            i % 4 == 0
                ? new { serviceCode = "medication", minutesPerVisit = 10, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "18:30", end = "22:00" } } }
                : new { serviceCode = "supervisory_visit", minutesPerVisit = 15, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "18:30", end = "22:00" } } },
        };
        if (i % 3 == 0)
        {
            lines.Add(new { serviceCode = "social_activity", minutesPerVisit = 30, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "15:30", end = "18:00" } } });
        }
        var draft = await PostForIdAsync(token, "/api/assessment/decisions", new { recipientId = id, validFrom = today, lines });
        await SendAsync(token, HttpMethod.Post, $"/api/assessment/decisions/{draft}/grant", null);
        return id;
    }

    private async Task WaitForVisitsAsync(string token, Guid recipient, DateOnly day)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            using var request = Request(token, HttpMethod.Get, $"/api/scheduling/recipients/{recipient}/visits?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", null);
            using var response = await gateway.SendAsync(request);
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength() > 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"recipient {recipient}: no visits on {day:yyyy-MM-dd} after 10 minutes");
            }
            await Task.Delay(500);
        }
    }

    private async Task<Guid> PostForIdAsync(string token, string path, object body)
    {
        using var response = await SendAsync(token, HttpMethod.Post, path, body);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string path, object? body)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = Request(token, method, path, body);
            var response = await gateway.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }
            var text = await response.Content.ReadAsStringAsync();
            response.Dispose();
            if (attempt >= 3 || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway))
            {
                throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
            }
            await Task.Delay(1000 * attempt);
        }
    }

    private static HttpRequestMessage Request(string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<List<T>> ParallelAsync<T>(IEnumerable<int> items, Func<int, Task<T>> work)
    {
        var list = items.ToList();
        var results = new T[list.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (index, _) => results[index] = await work(list[index]));
        return [.. results];
    }

    private static Task ParallelAsync(IEnumerable<int> items, Func<int, Task> work) =>
        ParallelAsync(items, async i => { await work(i); return true; });
}
