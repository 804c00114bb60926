namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// An event waiting to be published, written in the same transaction as the state change that caused it.
/// <see cref="Sequence"/> orders the events of one aggregate; <see cref="Id"/> becomes the message id that
/// consumers' inboxes deduplicate on. <see cref="Payload"/> is published as stored, under <see cref="MessageType"/>
/// (the contract's URN) to the exchange <see cref="Destination"/>, so a replica that does not know the contract (an
/// older release during a rolling deploy) still publishes it whole.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    public Guid Id { get; set; }
    public required string AggregateId { get; set; }

    /// <summary>The contract's message URN (<c>urn:message:…</c>); rows written before URNs were stored hold a CLR type name.</summary>
    public required string MessageType { get; set; }

    /// <summary>The exchange the event is published to; null on rows written before it was stored.</summary>
    public string? Destination { get; set; }

    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }

    /// <summary>Failed attempts to publish this row.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed (exception type and message; never the payload).</summary>
    public string? LastError { get; set; }

    /// <summary>
    /// Set once <see cref="Attempts"/> reached <c>Outbox:MaxAttempts</c>: the dispatcher leaves the row (and the later
    /// rows of its aggregate, which wait behind it) until an operator retries or discards it.
    /// </summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
