namespace CareServices.ServiceDefaults.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Rows claimed per transaction: large enough to amortise the commit, small enough to keep locks short.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Batches in flight at once in this process. While one batch waits for broker confirms another is claimed and
    /// published; the claim keeps each aggregate's events in order between them as it does between replicas.
    /// </summary>
    public int Dispatchers { get; set; } = 2;

    /// <summary>How often to look for rows committed by other replicas; this process's own commits wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A batch whose publishes the broker has not all confirmed by then fails and is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent rows are kept this long for inspection, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
