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

    /// <summary>
    /// Failed attempts after which a row is parked: set aside for an operator (the admin dead-letter API) so it no
    /// longer fails every batch it is in. Only failures of the row itself count; while the broker is away nothing does.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Sent rows are kept this long for inspection, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Inbox rows are kept this long, then deleted. It must be longer than any message can take to be delivered
    /// again (retries, an error queue replayed): a copy arriving after its inbox row is gone would take effect again.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often sent outbox rows and old inbox rows are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement when cleaning up, so a large clean-up never holds long locks or one huge transaction.</summary>
    public int CleanupBatchSize { get; set; } = 5000;
}
