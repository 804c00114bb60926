namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>One RabbitMQ queue as the management API reports it.</summary>
public sealed record QueueInfo(
    string Name,
    long Messages,
    long Ready,
    long Unacknowledged,
    int Consumers,
    double PublishRate,
    double DeliverRate,
    string? Owner)
{
    /// <summary>MassTransit's dead-letter queue of a receive queue: <c>&lt;queue&gt;_error</c>.</summary>
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);

    /// <summary>The queue an error queue's messages are replayed to.</summary>
    public string SourceQueue => IsErrorQueue ? Name[..^"_error".Length] : Name;
}
