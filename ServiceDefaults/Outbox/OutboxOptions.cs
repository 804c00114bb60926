namespace CareServices.ServiceDefaults.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Rows claimed per transaction: large enough to amortise the commit, small enough to keep locks short.</summary>
    public int BatchSize { get; set; } = 250;

    /// <summary>How often to look for rows committed by other replicas; this process's own commits wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A publish that the broker has not confirmed by then fails the batch, which is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent rows are kept this long for inspection, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
