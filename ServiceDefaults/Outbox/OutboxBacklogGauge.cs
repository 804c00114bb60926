using System.Diagnostics.Metrics;
using CareServices.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// <c>careservices.outbox.backlog</c>: committed events not yet published. The dispatcher counts them at most every
/// few seconds (a partial-index count) and the gauge reports the last count, so a metric collection never waits on
/// the database. A growing backlog means the broker is away or the dispatcher cannot keep up.
/// </summary>
internal static class OutboxBacklogGauge
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(5);
    private static readonly Meter Meter = new(TelemetryExtensions.CareServicesSource);
    private static long _unsent = -1;
    private static long _countedAt;

    static OutboxBacklogGauge() =>
        Meter.CreateObservableGauge("careservices.outbox.backlog",
            () => Interlocked.Read(ref _unsent) is var unsent and >= 0 ? [new Measurement<long>(unsent)] : Array.Empty<Measurement<long>>(),
            unit: "{message}", description: "Outbox messages committed but not yet published");

    /// <summary>Whether the last count is older than a few seconds (checked before opening a scope for it).</summary>
    public static bool IsDue(TimeProvider time) =>
        Interlocked.Read(ref _unsent) < 0 || time.GetElapsedTime(Interlocked.Read(ref _countedAt)) >= CountInterval;

    public static async Task CountAsync(DbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _countedAt, time.GetTimestamp());
        Interlocked.Exchange(ref _unsent, await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null, cancellationToken));
    }
}
