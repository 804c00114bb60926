using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareServices.Bench.Journal;
using Npgsql;

// bench/run.sh journal: a care worker who is the primary contact of two recipients (written to the service's read
// model, as Assessment's and Scheduling's events would) writes 2,000 signed notes into one journal and 10,000 into the
// other through the service's API; then, through the gateway at a fixed rate (open loop: latency counts from when
// each request was due), reads the first journal's newest page (the record gate's care-relation check and its
// access-log write included) and searches the second with full-text search, and prints p50/p95/p99 of each.
// usage: Journal.Bench <gateway-url> <service-url> <documentationdb-connection-string>
// environment: BENCH_KEY (base64 HS256 key of the run, required), BENCH_RATE (100 requests/s), BENCH_SECONDS (30),
// BENCH_WARMUP (5 seconds at the same rate, not counted), BENCH_NOTES (2000), BENCH_SEARCH_NOTES (10000).
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Journal.Bench <gateway-url> <service-url> <documentationdb-connection-string>");
    return 2;
}
static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

var tokens = new BenchTokens(Environment.GetEnvironmentVariable("BENCH_KEY") ?? throw new InvalidOperationException("BENCH_KEY is required"));
var staff = Guid.NewGuid();
var token = tokens.For("CareWorker", staff);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var gateway = new HttpClient(handler) { BaseAddress = new Uri(args[0]), Timeout = TimeSpan.FromMinutes(2) };
using var service = new HttpClient { BaseAddress = new Uri(args[1]), Timeout = TimeSpan.FromMinutes(2) };
service.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var db = args[2];

var (readJournal, searchJournal) = (Guid.NewGuid(), Guid.NewGuid());
await using (var connection = new NpgsqlConnection(db))
{
    await connection.OpenAsync();
    await Execute(connection, "INSERT INTO staff_members (id, municipality_id, name, zone, active, as_of) VALUES (@staff, '1848', 'Bench Pleier', 'Nord-Steigen', true, now())");
    foreach (var recipient in new[] { readJournal, searchJournal })
    {
        await Execute(connection,
            "INSERT INTO recipients (id, municipality_id, name, birth_date, zone, preferred_language, as_of, primary_contact_id, contacts_as_of, version) " +
            "VALUES (@recipient, '1848', 'Bench Mottaker', '1936-02-11', 'Nord-Steigen', 'nb', now(), @staff, now(), 1)", recipient);
    }

    async Task Execute(NpgsqlConnection open, string sql, Guid? recipient = null)
    {
        await using var command = new NpgsqlCommand(sql, open);
        command.Parameters.AddWithValue("staff", staff);
        if (recipient is { } id)
        {
            command.Parameters.AddWithValue("recipient", id);
        }
        await command.ExecuteNonQueryAsync();
    }
}

var (notes, searchNotes) = (Setting("BENCH_NOTES", 2000), Setting("BENCH_SEARCH_NOTES", 10000));
var setup = Stopwatch.StartNew();
Console.Error.WriteLine($"bench: writing {notes:N0} and {searchNotes:N0} signed notes through the service's API");
await WriteNotesAsync(readJournal, notes, 1);
await WriteNotesAsync(searchJournal, searchNotes, 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"journals: {notes:N0} and {searchNotes:N0} signed notes written in {setup.Elapsed.TotalSeconds:F0} s"));

var rate = Setting("BENCH_RATE", 100);
var (seconds, warmup) = (Setting("BENCH_SECONDS", 30), Setting("BENCH_WARMUP", 5));
var read = await MeasureAsync("journal read (newest 50 of 2,000 notes)", _ => $"/api/documentation/recipients/{readJournal}/journal");
var search = await MeasureAsync("journal full-text search (10,000 notes)",
    k => $"/api/documentation/recipients/{searchJournal}/journal/search?q={Uri.EscapeDataString(NoteTexts.SearchTerms[k % NoteTexts.SearchTerms.Length])}");

// Every read wrote its access-log entry: count them.
await using (var connection = new NpgsqlConnection(db))
{
    await connection.OpenAsync();
    await using var count = new NpgsqlCommand("SELECT count(*) FROM access_log WHERE recipient_id = @recipient", connection);
    count.Parameters.AddWithValue("recipient", readJournal);
    Console.WriteLine($"access-log entries for the read journal: {await count.ExecuteScalarAsync()} for {read.Requests} reads (warm-up included)");
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"journal read p95 at {rate} requests/s through the gateway (2,000 notes): {read.P95:F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"journal search p95 at {rate} requests/s through the gateway (10,000 notes): {search.P95:F1} ms"));
return read.Failures + search.Failures == 0 ? 0 : 1;

async Task WriteNotesAsync(Guid recipient, int count, int seed)
{
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
    {
        var random = new Random((seed * 1_000_000) + i);
        using var response = await service.PostAsJsonAsync($"/api/documentation/recipients/{recipient}/journal",
            new { category = NoteTexts.Categories[random.Next(NoteTexts.Categories.Length)], text = NoteTexts.For(random), sign = true });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"writing a note answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    });
}

async Task<(double P95, int Requests, int Failures)> MeasureAsync(string label, Func<int, string> path)
{
    var cpuBefore = ProcessCpu.Sample();
    var (_, warmupRequests, warmupFailures, _) = await LoadAsync(warmup, path);
    var (latencies, requests, failures, elapsed) = await LoadAsync(seconds, path);
    latencies.Sort();
    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
    var cpuText = ProcessCpu.PerRequest(cpuBefore, ProcessCpu.Sample(), requests + warmupRequests);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {requests} requests in {elapsed.TotalSeconds:F1} s ({requests / elapsed.TotalSeconds:F0}/s offered {rate}/s), {failures + warmupFailures} failed, p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms{cpuText}"));
    return (Percentile(0.95), requests + warmupRequests, failures + warmupFailures);
}

async Task<(List<double> Latencies, int Requests, int Failures, TimeSpan Elapsed)> LoadAsync(int duration, Func<int, string> path)
{
    var total = rate * duration;
    var results = new double[total];
    var failed = 0;
    var tasks = new List<Task>(total);
    var clock = Stopwatch.StartNew();
    for (var k = 0; k < total; k++)
    {
        var due = TimeSpan.FromSeconds((double)k / rate);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }
        var index = k;
        tasks.Add(Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path(index));
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
    return ([.. results], total, failed, clock.Elapsed);
}
