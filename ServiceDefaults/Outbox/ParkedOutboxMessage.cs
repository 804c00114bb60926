namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// An outbox row the dispatcher set aside, with why, and how many later events of its aggregate wait behind it
/// (they are published, in order, once it is retried or discarded). The payload is not shown: it may hold personal data.
/// </summary>
public sealed record ParkedOutboxMessage(
    Guid MessageId,
    long Sequence,
    string AggregateId,
    string MessageType,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset ParkedAt,
    int WaitingBehind);
