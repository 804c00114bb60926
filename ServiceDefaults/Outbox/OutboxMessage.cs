namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// An event waiting to be published, written in the same transaction as the state change that caused it.
/// <see cref="Sequence"/> orders the events of one aggregate; <see cref="Id"/> becomes the message id that
/// consumers' inboxes deduplicate on.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    public Guid Id { get; set; }
    public required string AggregateId { get; set; }
    public required string MessageType { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }
}
