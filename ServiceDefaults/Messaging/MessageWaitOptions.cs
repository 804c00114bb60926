namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// Configuration section <c>Messaging:Wait</c>: how an event that arrived before the one it builds on waits for it
/// (<see cref="WaitQueues"/>) once its in-memory retries are spent.
/// </summary>
public sealed class MessageWaitOptions
{
    public const string SectionName = "Messaging:Wait";

    /// <summary>How long the event rests in its wait queue before it is tried again.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rests before it goes to the error queue after all: the default is about an hour.</summary>
    public int Limit { get; set; } = 120;
}
