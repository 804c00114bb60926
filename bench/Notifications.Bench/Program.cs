using System.Diagnostics;
using CareServices.Bench.Notifications;
using MassTransit;
using Npgsql;

// bench/run.sh notifications: <amqp uri> <notificationsdb> <mail directory> <burst events> <warm-up events> <paced events> <paced rate/s>
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: Notifications.Bench <amqp-uri> <notificationsdb> <mail-directory> <events> <warm-up> <paced-events> <rate>");
    return 2;
}
var (amqp, database, mailDirectory) = (new Uri(args[0]), args[1], args[2]);
var (events, warmup, paced, rate) = (int.Parse(args[3]), int.Parse(args[4]), int.Parse(args[5]), int.Parse(args[6]));
var total = warmup + events + paced;

var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(amqp));
await bus.StartAsync();
try
{
    var started = DateTimeOffset.UtcNow.AddMinutes(-10);
    Console.Error.WriteLine($"bench: {total} recipients with a consenting relative into Notifications' read model");
    await PublishAllAsync(bus, Enumerable.Range(0, total).Select(i => (object)BenchEvents.Consented(i, started)));
    await WaitAsync("the recipients' read model", TimeSpan.FromMinutes(5), async () =>
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM informed_persons WHERE email LIKE 'relative-%@bench.example'", connection);
        return (long)(await command.ExecuteScalarAsync())! >= total;
    });

    Console.Error.WriteLine($"bench: {warmup} warm-up terminations (not measured)");
    await PublishAllAsync(bus, Enumerable.Range(0, warmup).Select(i => (object)BenchEvents.Terminated(i, DateTimeOffset.UtcNow)));
    await WaitAsync("the warm-up e-mails", TimeSpan.FromMinutes(5), () => Task.FromResult(MailSink.Count(mailDirectory) >= warmup));

    // The burst: every event published as fast as the broker confirms.
    Console.Error.WriteLine($"bench: a burst of {events} terminations");
    var published = new DateTimeOffset[total];
    var burst = Stopwatch.StartNew();
    await PublishAllAsync(bus, Enumerable.Range(warmup, events).Select(i =>
    {
        published[i] = DateTimeOffset.UtcNow;
        return (object)BenchEvents.Terminated(i, published[i]);
    }));
    Console.WriteLine($"burst published in {burst.Elapsed.TotalSeconds:0.0} s");
    await WaitAsync("the burst's e-mails", TimeSpan.FromMinutes(15), () => Task.FromResult(MailSink.Count(mailDirectory) >= warmup + events));
    var queued = await QueuedSpanAsync(database, published[warmup..(warmup + events)].Min());

    // Then a steady load, to see the latency of one event when the service keeps up.
    if (paced > 0)
    {
        Console.Error.WriteLine($"bench: {paced} terminations at {rate}/s");
        var pace = Stopwatch.StartNew();
        await PublishAllAsync(bus, Enumerable.Range(warmup + events, paced).Select(i =>
        {
            var due = TimeSpan.FromSeconds((double)(i - warmup - events) / rate);
            if (due > pace.Elapsed)
            {
                Thread.Sleep(due - pace.Elapsed);
            }
            published[i] = DateTimeOffset.UtcNow;
            return (object)BenchEvents.Terminated(i, published[i]);
        }));
        await WaitAsync("the paced e-mails", TimeSpan.FromMinutes(10), () => Task.FromResult(MailSink.Count(mailDirectory) >= total));
    }

    var accepted = MailSink.AcceptedByRelative(mailDirectory);
    List<double> LatenciesOf(int from, int count) =>
        Enumerable.Range(from, count).Select(i => (accepted[BenchEvents.RelativeAddress(i)] - published[i]).TotalMilliseconds).Order().ToList();
    var latencies = LatenciesOf(warmup, events);
    var first = published[warmup..(warmup + events)].Min();
    var last = Enumerable.Range(warmup, events).Max(i => accepted[BenchEvents.RelativeAddress(i)]);
    var seconds = (last - first).TotalSeconds;
    Console.WriteLine($"burst consumed: the last of its notifications queued {queued.TotalSeconds:0.0} s after the first event was published");
    Console.WriteLine($"e-mails accepted by the sink: {events} in {seconds:0.0} s (each event also queued the recipient's feed message and letter)");
    Console.WriteLine($"burst latency event published -> accepted by the sink (ms): {Summary(latencies)}");
    if (paced > 0)
    {
        Console.WriteLine($"paced latency at {rate} events/s (ms): {Summary(LatenciesOf(warmup + events, paced))}");
        Console.WriteLine($"p95 at a steady {rate} events/s: {Percentile(LatenciesOf(warmup + events, paced), 0.95):0} ms");
    }
    Console.WriteLine($"notifications delivered per second: {events / seconds:0} (goal >= 200)");
    Console.WriteLine($"p95 from event published to message accepted by the sink: {Percentile(latencies, 0.95):0} ms (goal <= 2000)");
    return 0;
}
finally
{
    await bus.StopAsync();
}

static string Summary(List<double> sorted) =>
    $"p50 {Percentile(sorted, 0.50):0}, p95 {Percentile(sorted, 0.95):0}, p99 {Percentile(sorted, 0.99):0}, max {sorted[^1]:0}";

// From the burst's first event to the last notification the service queued for it (same machine, same clock).
static async Task<TimeSpan> QueuedSpanAsync(string database, DateTimeOffset from)
{
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        "SELECT EXTRACT(EPOCH FROM max(created_at) - @from)::float8 FROM notifications WHERE template = 'decision-terminated' AND created_at >= @from", connection);
    command.Parameters.AddWithValue("from", from);
    return TimeSpan.FromSeconds((double)(await command.ExecuteScalarAsync())!);
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

// As fast as the broker confirms, a bounded number in flight.
static async Task PublishAllAsync(IBus bus, IEnumerable<object> messages)
{
    using var gate = new SemaphoreSlim(64);
    var pending = new List<Task>();
    foreach (var message in messages)
    {
        await gate.WaitAsync();
        pending.Add(PublishOneAsync(bus, message, gate));
    }
    await Task.WhenAll(pending);
}

static async Task PublishOneAsync(IBus bus, object message, SemaphoreSlim gate)
{
    try
    {
        await bus.Publish(message, message.GetType(), context => context.MessageId = ((CareServices.Contracts.IntegrationEvent)message).EventId);
    }
    finally
    {
        gate.Release();
    }
}

static async Task WaitAsync(string what, TimeSpan limit, Func<Task<bool>> done)
{
    var deadline = Stopwatch.StartNew();
    while (!await done())
    {
        if (deadline.Elapsed > limit)
        {
            throw new TimeoutException($"{what} did not arrive within {limit}");
        }
        await Task.Delay(200);
    }
}
