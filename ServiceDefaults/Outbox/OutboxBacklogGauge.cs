using System.Diagnostics.Metrics;
using CareServices.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// <c>careservices.outbox.backlog</c>: committed events not yet published; <c>careservices.outbox.parked</c>: rows
/// set aside after too many failed attempts, waiting for an operator. The dispatcher counts both at most every few
/// seconds (partial-index counts) and the gauges report the last count, so a metric collection never waits on the
/// database. A growing backlog means the broker is away or the dispatcher cannot keep up; any parked row needs a look.
/// </summary>
internal static class OutboxBacklogGauge
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(5);
    private static readonly Meter Meter = new(TelemetryExtensions.CareServicesSource);
    private static long _unsent = -1;
    private static long _parked = -1;
    private static long _countedAt;

    static OutboxBacklogGauge()
    {
        Meter.CreateObservableGauge("careservices.outbox.backlog", () => Observe(ref _unsent),
            unit: "{message}", description: "Outbox messages committed but not yet published (parked ones not included)");
        Meter.CreateObservableGauge("careservices.outbox.parked", () => Observe(ref _parked),
            unit: "{message}", description: "Outbox messages parked after too many failed attempts, waiting for an operator");
    }

    /// <summary>Whether the last count is older than a few seconds (checked before opening a scope for it).</summary>
    public static bool IsDue(TimeProvider time) =>
        Interlocked.Read(ref _unsent) < 0 || time.GetElapsedTime(Interlocked.Read(ref _countedAt)) >= CountInterval;

    public static async Task CountAsync(DbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _countedAt, time.GetTimestamp());
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(OutboxSql.CountBacklog, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                Interlocked.Exchange(ref _unsent, reader.GetInt64(0));
                Interlocked.Exchange(ref _parked, reader.GetInt64(1));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IEnumerable<Measurement<long>> Observe(ref long value) =>
        Interlocked.Read(ref value) is var count and >= 0 ? [new Measurement<long>(count)] : [];
}
