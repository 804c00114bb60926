namespace CareServices.Notifications.Domain.Delivery;

/// <summary>Exponential backoff between attempts on one channel, and how many attempts before a dead letter.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10));

    /// <summary>The wait after the given failed attempt (1-based): first delay, doubled each time, capped.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 1));
        var delay = FirstDelay.TotalMilliseconds * factor;
        return delay >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(delay);
    }
}
