using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Bench.Scheduling;

// bench/run.sh plan | worklist: builds a generated district through the gateway (District.cs), then
//   plan:     POST /plans for the district's zone and day, waits until the run is done, publishes it, and prints the
//             wall time from POST /plans to published and the plan's figures;
//   worklist: the same, then GET /worklists/{staffId}/{day} by every staff member as themselves at a fixed rate
//             (open loop: latency counts from when each request was due), and prints p50/p95/p99.
// usage: Scheduling.Bench plan|worklist <gateway-url>
// environment: BENCH_KEY (base64 HS256 key of the run, required), BENCH_RECIPIENTS (600), BENCH_DAY_STAFF (80),
// BENCH_EVENING_STAFF (70), BENCH_PLAN_TIME_LIMIT (seconds; empty: the service's default), BENCH_RATE (200 requests/s),
// BENCH_SECONDS (30), BENCH_WARMUP (5 seconds at the same rate, not counted), BENCH_DAYS (1: days planned one after
// another, from tomorrow; the work lists are read on the first).
if (args.Length != 2 || args[0] is not ("plan" or "worklist"))
{
    Console.Error.WriteLine("usage: Scheduling.Bench plan|worklist <gateway-url>");
    return 2;
}
static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

var tokens = new BenchTokens(Environment.GetEnvironmentVariable("BENCH_KEY") ?? throw new InvalidOperationException("BENCH_KEY is required"));
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var gateway = new HttpClient(handler) { BaseAddress = new Uri(args[1]), Timeout = TimeSpan.FromMinutes(2) };

var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, oslo).DateTime);
var days = Enumerable.Range(1, Setting("BENCH_DAYS", 1)).Select(today.AddDays).ToList();
var day = days[0];
var (recipients, dayStaff, eveningStaff) = (Setting("BENCH_RECIPIENTS", 600), Setting("BENCH_DAY_STAFF", 80), Setting("BENCH_EVENING_STAFF", 70));
var district = new District(gateway, tokens, recipients, dayStaff, eveningStaff);
var setup = Stopwatch.StartNew();
await district.BuildAsync(today, days);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"district: {District.ZoneName} {day:yyyy-MM-dd} ({days.Count} days), {dayStaff + eveningStaff} staff ({dayStaff} day, {eveningStaff} evening), {recipients} recipients, {district.VisitsPerDay} visits (built through the gateway in {setup.Elapsed.TotalSeconds:F0} s)"));

// Planning, day by day: from POST /plans until POST /plans/{id}/publish has answered.
var planner = tokens.For("Planner");
var limit = Environment.GetEnvironmentVariable("BENCH_PLAN_TIME_LIMIT");
var walls = new List<double>();
foreach (var date in days)
{
    walls.Add(await PlanAndPublishAsync(date));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wall time per day, POST /plans to published: {walls.Average():F1} s (max {walls.Max():F1} s over {walls.Count} day{(walls.Count == 1 ? "" : "s")})"));
if (args[0] == "plan")
{
    return 0;
}

// Work lists: every staff member reads their own list of the planned day, at a fixed rate.
var rate = Setting("BENCH_RATE", 200);
var seconds = Setting("BENCH_SECONDS", 30);
var warmup = Setting("BENCH_WARMUP", 5);
var workers = district.Staff.Select(id => (Id: id, Token: tokens.For("CareWorker", id))).ToList();
Console.Error.WriteLine($"bench: {warmup} s warm-up, then {seconds} s of GET /worklists/{{staffId}}/{day:yyyy-MM-dd} at {rate} requests/s");
await LoadAsync(warmup);
var (latencies, failures, elapsed) = await LoadAsync(seconds);
latencies.Sort();
double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"work lists: {latencies.Count} reads by {workers.Count} staff in {elapsed.TotalSeconds:F1} s ({latencies.Count / elapsed.TotalSeconds:F0}/s offered {rate}/s), {failures} failed, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"work-list read p95 at {rate} requests/s through the gateway: {Percentile(0.95):F1} ms"));
return failures == 0 ? 0 : 1;

async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> LoadAsync(int duration)
{
    var total = rate * duration;
    var results = new double[total];
    var failed = 0;
    var tasks = new List<Task>(total);
    var random = new Random(12);
    var clock = Stopwatch.StartNew();
    for (var k = 0; k < total; k++)
    {
        var due = TimeSpan.FromSeconds((double)k / rate);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }
        var (id, token) = workers[random.Next(workers.Count)];
        var index = k;
        tasks.Add(Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/scheduling/worklists/{id}/{day:yyyy-MM-dd}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await gateway.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            // From when the request was due, so a stalled server cannot hide its queue (no coordinated omission).
            results[index] = (clock.Elapsed - due).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failed);
            }
        }));
    }
    await Task.WhenAll(tasks);
    return ([.. results], failed, clock.Elapsed);
}

async Task<double> PlanAndPublishAsync(DateOnly date)
{
    var wall = Stopwatch.StartNew();
    var queued = await SendAsync(HttpMethod.Post, "/api/scheduling/plans", new
    {
        zone = District.ZoneName,
        date,
        timeLimitSeconds = string.IsNullOrEmpty(limit) ? (int?)null : int.Parse(limit, CultureInfo.InvariantCulture),
    });
    var planId = queued.GetProperty("planIds")[0].GetGuid();
    JsonElement plan;
    while (true)
    {
        plan = await SendAsync(HttpMethod.Get, $"/api/scheduling/plans/{planId}", null);
        var status = plan.GetProperty("status").GetString();
        if (status == "failed")
        {
            throw new InvalidOperationException($"the plan of {date:yyyy-MM-dd} failed: {plan.GetProperty("error")}");
        }
        if (status == "done")
        {
            break;
        }
        await Task.Delay(200);
    }
    var planned = wall.Elapsed;
    var published = await SendAsync(HttpMethod.Post, $"/api/scheduling/plans/{planId}/publish", null);
    wall.Stop();
    var figures = plan.GetProperty("figures");
    var run = plan.GetProperty("finishedAt").GetDateTimeOffset() - plan.GetProperty("startedAt").GetDateTimeOffset();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{date:yyyy-MM-dd}: run {run.TotalSeconds:F1} s in the service (time limit {(string.IsNullOrEmpty(limit) ? "the service's default" : limit + " s")}), done after {planned.TotalSeconds:F1} s, {published.GetProperty("changedVisits").GetInt32()} visits published after {wall.Elapsed.TotalSeconds:F1} s; visits {figures.GetProperty("visits").GetInt32()}, unassigned {figures.GetProperty("unassigned").GetInt32()}, distinct staff per recipient and shift {figures.GetProperty("distinctStaffPerRecipientShift").GetDouble():F2}, contact-person share {figures.GetProperty("contactPersonShare").GetDouble() * 100:F1} %, presence {figures.GetProperty("presence").GetDouble() * 100:F1} % (target {figures.GetProperty("presenceTarget").GetDouble() * 100:F0} %), travel share {figures.GetProperty("travelShare").GetDouble() * 100:F1} %"));
    return wall.Elapsed.TotalSeconds;
}

async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
{
    using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", planner);
    using var response = await gateway.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone()
        : throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
}
