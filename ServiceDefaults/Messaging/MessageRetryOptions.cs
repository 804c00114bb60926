namespace CareServices.ServiceDefaults.Messaging;

/// <summary>Configuration section <c>Messaging:Retry</c>: in-memory retries before a message goes to its error queue.</summary>
public sealed class MessageRetryOptions
{
    public const string SectionName = "Messaging:Retry";

    public int Limit { get; set; } = 5;
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
