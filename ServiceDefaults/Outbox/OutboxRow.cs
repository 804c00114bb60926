namespace CareServices.ServiceDefaults.Outbox;

/// <summary>A claimed outbox row: what the dispatcher needs to publish it, read without EF.</summary>
internal sealed record OutboxRow(
    long Sequence, Guid Id, string AggregateId, string MessageType, string? Destination, string Payload, string? TraceParent, string? TraceState);
