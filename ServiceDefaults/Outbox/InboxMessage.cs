namespace CareServices.ServiceDefaults.Outbox;

/// <summary>Proof that <see cref="Consumer"/> has applied the message <see cref="MessageId"/>.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
