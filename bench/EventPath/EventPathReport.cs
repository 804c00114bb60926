using Npgsql;

namespace CareServices.Bench.EventPath;

/// <summary>
/// Joins the outbox rows (assessmentdb) with Scheduling's inbox rows (schedulingdb) on message id: throughput from
/// the first event written to the last effect committed, and per-event latency from written to committed.
/// </summary>
public sealed record EventPathReport(int Events, DateTimeOffset FirstCreated, DateTimeOffset LastSent, DateTimeOffset LastProcessed, double[] LatenciesMs)
{
    public double EventsPerSecond => Events / (LastProcessed - FirstCreated).TotalSeconds;

    public static async Task<EventPathReport> ReadAsync(string assessmentDb, string schedulingDb, IReadOnlyList<Guid> ids)
    {
        var outbox = new Dictionary<Guid, (DateTimeOffset Created, DateTimeOffset? Sent)>();
        await foreach (var (id, created, sent) in QueryAsync(assessmentDb, "SELECT id, created_at, sent_at FROM outbox_messages WHERE id = ANY(@ids)", ids))
        {
            outbox[id] = (created, sent);
        }
        var latencies = new List<double>(ids.Count);
        var lastProcessed = DateTimeOffset.MinValue;
        await foreach (var (id, processed, _) in QueryAsync(schedulingDb, "SELECT message_id, processed_at, NULL::timestamptz FROM inbox_messages WHERE message_id = ANY(@ids)", ids))
        {
            latencies.Add((processed - outbox[id].Created).TotalMilliseconds);
            lastProcessed = processed > lastProcessed ? processed : lastProcessed;
        }
        if (latencies.Count != ids.Count)
        {
            throw new InvalidOperationException($"{latencies.Count} effects for {ids.Count} events.");
        }
        latencies.Sort();
        return new EventPathReport(
            ids.Count,
            outbox.Values.Min(row => row.Created),
            outbox.Values.Max(row => row.Sent ?? DateTimeOffset.MaxValue),
            lastProcessed,
            [.. latencies]);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"dispatched:  last outbox row sent {(LastSent - FirstCreated).TotalSeconds:0.00} s after the first was written ({Events / (LastSent - FirstCreated).TotalSeconds:0} events/s)");
        output.WriteLine($"consumed:    last effect committed {(LastProcessed - FirstCreated).TotalSeconds:0.00} s after the first event was written");
        output.WriteLine($"latency:     p50 {Percentile(0.50):0} ms, p95 {Percentile(0.95):0} ms, p99 {Percentile(0.99):0} ms, max {LatenciesMs[^1]:0} ms (outbox created_at to inbox processed_at)");
        output.WriteLine($"p95 latency: {Percentile(0.95):0} ms");
        output.WriteLine($"events/s: {EventsPerSecond:0}");
    }

    private double Percentile(double p) => LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p * LatenciesMs.Length) - 1)];

    private static async IAsyncEnumerable<(Guid Id, DateTimeOffset First, DateTimeOffset? Second)> QueryAsync(string connectionString, string sql, IReadOnlyList<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
        }
    }
}
