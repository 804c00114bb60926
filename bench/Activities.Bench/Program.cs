using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

// bench/run.sh activities: fills a running Activities service through its API (and its recipient read model and
// planned visits in its database, as Assessment's and Scheduling's events would), then times
//   matching: GET suggested-activities and suggested-volunteers for one recipient against 2,000 activities and
//             1,000 volunteers;
//   calendar: the monthly calendar (JSON, printable page, iCalendar feed) of a municipality with 500 occurrences.
// usage: Activities.Bench <service-url> <activitiesdb-connection-string> <coordinator-1848> <care-worker-1848>
//        <coordinator-9500> <care-worker-9500>
if (args.Length != 6)
{
    Console.Error.WriteLine("usage: Activities.Bench <url> <db> <coordinator-1848> <care-worker-1848> <coordinator-9500> <care-worker-9500>");
    return 2;
}
var (url, db) = (new Uri(args[0]), args[1]);
var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_REQUESTS") ?? "50", CultureInfo.InvariantCulture);
var random = new Random(1848);
var categories = new[] { "outing", "cafe", "meal", "bakingCooking", "musicSinging", "devotion", "exerciseWalk", "crafts", "cardsGames", "generationalMeeting", "culture", "other" };
var days = new[] { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
var interests = new[] { "busTrips", "walks", "fishing", "singing", "hymns", "knitting", "baking", "diningTogether", "cafe", "cardGames", "children", "exercise", "concerts", "localHistory" };

using var coordinator = Client(args[2]);
using var careWorker = Client(args[3]);
using var calendarCoordinator = Client(args[4]);
using var calendarReader = Client(args[5]);

// Matching data: one recipient in Nord-Steigen with a checklist and a month of planned visits.
var recipient = Guid.NewGuid();
await using (var connection = new NpgsqlConnection(db))
{
    await connection.OpenAsync();
    await using var insert = new NpgsqlCommand(
        "INSERT INTO recipients (id, municipality_id, name, birth_date, zone, preferred_language, latitude, longitude, as_of) " +
        "VALUES (@id, '1848', 'Bench Recipient', '1938-04-01', 'Nord-Steigen', 'nb', 67.93, 15.33, now())", connection);
    insert.Parameters.AddWithValue("id", recipient);
    await insert.ExecuteNonQueryAsync();
    for (var day = 1; day <= 30; day++)
    {
        await using var visit = new NpgsqlCommand(
            "INSERT INTO planned_visits (visit_id, municipality_id, recipient_id, start, \"end\", cancelled, as_of) " +
            "VALUES (@id, '1848', @recipient, @start, @start + interval '45 minutes', false, now())", connection);
        visit.Parameters.AddWithValue("id", Guid.NewGuid());
        visit.Parameters.AddWithValue("recipient", recipient);
        visit.Parameters.AddWithValue("start", DateTime.UtcNow.Date.AddDays(day).AddHours(8));
        await visit.ExecuteNonQueryAsync();
    }
}
await Expect(careWorker.PostAsJsonAsync($"/api/activities/recipients/{recipient}/interest-checklists", new
{
    doneOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    answers = new Dictionary<string, string> { ["busTrips"] = "wouldLikeToTry", ["singing"] = "doNow", ["knitting"] = "usedTo", ["cardGames"] = "notInterested", ["fishing"] = "doNow" },
    livesAlone = true, meetsOthers = "rarely", loneliness = 4, needsTransport = true,
}));
var organiser = await Organiser(coordinator);
var today = DateTime.UtcNow.Date;
Console.Error.WriteLine("bench: publishing 2,000 activities and registering 1,000 volunteers");
await Parallel.ForAsync(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
{
    var r = new Random(i);
    var start = today.AddDays(-r.Next(0, 60)).AddHours(9 + r.Next(0, 8));
    await Expect(coordinator.PostAsJsonAsync("/api/activities/activities", new
    {
        organiserId = organiser, title = $"Aktivitet {i}", category = categories[r.Next(categories.Length)], description = "",
        zone = r.NextDouble() < 0.5 ? null : new[] { "Nord-Steigen", "Nordfold", "Leiranger" }[r.Next(3)],
        place = new { name = $"Sted {i}", latitude = 67.7 + (r.NextDouble() * 0.4), longitude = 14.9 + (r.NextDouble() * 0.6), wheelchairAccessible = r.NextDouble() < 0.7, hearingLoop = r.NextDouble() < 0.3 },
        start = start.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        end = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        recurrence = r.NextDouble() < 0.8 ? $"FREQ=WEEKLY;BYDAY={days[r.Next(days.Length)]}" : null,
        capacity = r.NextDouble() < 0.5 ? (int?)r.Next(5, 30) : null, transportOffered = r.NextDouble() < 0.3, cost = 0, language = "nb",
    }));
});
await Parallel.ForAsync(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
{
    var r = new Random(10_000 + i);
    var role = r.NextDouble() switch { < 0.5 => "visitFriend", < 0.75 => "driver", < 0.85 => "supportContact", < 0.95 => "activityLeader", _ => "dementiaEscort" };
    await Expect(coordinator.PostAsJsonAsync("/api/activities/volunteers", new
    {
        name = $"Frivillig {i}", phone = "", roles = new[] { role },
        interests = interests.Where(_ => r.NextDouble() < 0.25).ToArray(),
        languages = r.NextDouble() < 0.9 ? new[] { "nb" } : new[] { "en" },
        zones = new[] { new[] { "Nord-Steigen", "Nordfold", "Leiranger" }[r.Next(3)] },
        availability = new[] { new { day = ((DayOfWeek)r.Next(7)).ToString().ToLowerInvariant(), from = "09:00:00", to = "15:00:00" } },
        latitude = 67.7 + (r.NextDouble() * 0.4), longitude = 14.9 + (r.NextDouble() * 0.6),
        policeCertificateIssuedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-r.Next(0, 1500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        consentToContact = r.NextDouble() < 0.95, status = "active",
    }));
});

// Calendar data: February 2027 has four of every weekday, so 125 weekly activities make 500 occurrences.
var calendarOrganiser = await Organiser(calendarCoordinator);
var february = new DateTime(2027, 2, 1);
await Parallel.ForAsync(0, 125, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
{
    var start = february.AddDays(i % 7).AddHours(9 + (i % 8));
    await Expect(calendarCoordinator.PostAsJsonAsync("/api/activities/activities", new
    {
        organiserId = calendarOrganiser, title = $"Kalenderaktivitet {i}", category = categories[i % categories.Length], description = "Beskrivelse",
        place = new { name = $"Sted {i}", latitude = 67.9, longitude = 15.3, wheelchairAccessible = true, hearingLoop = false },
        start = start.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        end = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        recurrence = $"FREQ=WEEKLY;BYDAY={days[((int)start.DayOfWeek + 6) % 7]}", capacity = 20, transportOffered = false, cost = 0, language = "nb",
    }));
});

// A service that has been running holds every series' occurrences, expanded by its warmer at start and then every
// interval (run.sh sets ten seconds); publishing 2,000 series in half a minute is not what a running service sees, so
// the measurement starts after the warmer has had two rounds.
var settle = int.Parse(Environment.GetEnvironmentVariable("BENCH_SETTLE_SECONDS") ?? "25", CultureInfo.InvariantCulture);
Console.Error.WriteLine($"bench: waiting {settle} s for the service's occurrence warmer");
await Task.Delay(TimeSpan.FromSeconds(settle));

var suggestions = await Measure("matching: suggested activities (2,000 activities, next 30 days)", careWorker,
    $"/api/activities/recipients/{recipient}/suggested-activities?days=30", body => $"{JsonDocument.Parse(body).RootElement.GetArrayLength()} suggestions");
var volunteers = await Measure("matching: suggested visit friends (1,000 volunteers)", careWorker,
    $"/api/activities/recipients/{recipient}/suggested-volunteers?role=visitFriend", body => $"{JsonDocument.Parse(body).RootElement.GetArrayLength()} volunteers ranked");
var json = await Measure("calendar: February 2027 as JSON", calendarReader, "/api/activities/calendar?year=2027&month=2",
    body => $"{JsonDocument.Parse(body).RootElement.GetProperty("occurrences").GetInt32()} occurrences");
await Measure("calendar: February 2027 printable page", calendarReader, "/api/activities/calendar/print?year=2027&month=2", body => $"{body.Length:N0} characters");
await Measure("calendar: public iCalendar feed", new HttpClient { BaseAddress = url }, "/public/9500/calendar.ics", body => $"{body.Split("BEGIN:VEVENT").Length - 1} events");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matching one recipient (activities + volunteers, median): {suggestions + volunteers:0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monthly calendar with 500 occurrences (JSON, median): {json:0.0} ms"));
return 0;

HttpClient Client(string token)
{
    var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}

async Task<Guid> Organiser(HttpClient client)
{
    var response = await Expect(client.PostAsJsonAsync("/api/activities/organisers", new { name = "Bench", kind = "volunteerCentre", contactPerson = "Bench", phone = "0" }));
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

async Task<HttpResponseMessage> Expect(Task<HttpResponseMessage> call)
{
    var response = await call;
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
    return response;
}

// Median of the measured requests (after ten unmeasured ones), each timed from send to the last byte read; the very
// first request (nothing cached yet) is printed too.
async Task<double> Measure(string label, HttpClient client, string path, Func<string, string> describe)
{
    var first = Stopwatch.StartNew();
    var body = await (await Expect(client.GetAsync(path))).Content.ReadAsStringAsync();
    var cold = first.Elapsed.TotalMilliseconds;
    for (var i = 1; i < 10; i++)
    {
        body = await (await Expect(client.GetAsync(path))).Content.ReadAsStringAsync();
    }
    var times = new List<double>();
    var cpuBefore = ServiceCpu();
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        body = await (await Expect(client.GetAsync(path))).Content.ReadAsStringAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    var cpu = (ServiceCpu() - cpuBefore) / rounds;
    times.Sort();
    var median = times[times.Count / 2];
    var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
    var cpuText = cpu is null ? "" : string.Create(CultureInfo.InvariantCulture, $", service CPU {cpu:0.0} ms per request");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: median {median:0.0} ms, p95 {p95:0.0} ms over {rounds} requests{cpuText}, first request {cold:0.0} ms ({describe(body)})"));
    return median;
}

// CPU milliseconds (user + system) the service process has used, when run.sh names it in BENCH_SERVICE_PID: on a shared
// machine the figure other load distorts least.
static double? ServiceCpu()
{
    if (Environment.GetEnvironmentVariable("BENCH_SERVICE_PID") is not { Length: > 0 } pid)
    {
        return null;
    }
    var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    // After the command name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks of 1/100 s.
    return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) * 10;
}
