using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>Configuration section <c>Notifications:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Notifications:Delivery";

    /// <summary>How often a worker looks for due notifications when the last look found fewer than a batch.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Notifications one round claims; a round's database work is paid once per batch, so a burst needs large ones.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Messages handed to channels at once (SMTP connections, HTTP calls): a send mostly waits for the relay's
    /// replies, so more in flight keep a burst moving (measured with <c>bench/run.sh notifications</c>).
    /// </summary>
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>
    /// How long a worker holds claimed notifications before another replica may take them over. A round starts sends
    /// only in its first half, so it must be more than twice the longest send (an SMTP exchange under its timeouts).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; set; } = RetryPolicy.Default.MaxAttempts;
    public TimeSpan FirstRetryDelay { get; set; } = RetryPolicy.Default.FirstDelay;
    public TimeSpan MaxRetryDelay { get; set; } = RetryPolicy.Default.MaxDelay;

    /// <summary>After a message to a person on a channel, later non-urgent ones wait this long and then go together.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The municipalities' local time, for quiet hours and the digest hour.</summary>
    public string TimeZone { get; set; } = "Europe/Oslo";

    public TimeOnly DigestTime { get; set; } = new(7, 0);

    /// <summary>The sender of e-mail.</summary>
    public string EmailFrom { get; set; } = "Hjemmetjenesten <noreply@careservices.local>";

    public RetryPolicy RetryPolicy => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);

    public DeliveryTiming Timing => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), DigestTime, BurstWindow);
}
