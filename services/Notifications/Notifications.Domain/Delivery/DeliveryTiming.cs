using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Domain.Delivery;

/// <summary>
/// When a queued message may go: SMS waits out the quiet hours unless urgent; a daily digest holds non-urgent
/// messages to the digest hour; a person who was just sent a message on a channel waits out the burst window, so
/// a burst of changes becomes one message. Times are the municipality's local time.
/// </summary>
public sealed class DeliveryTiming(TimeZoneInfo timeZone, TimeOnly digestTime, TimeSpan burstWindow)
{
    /// <summary>When a new notification is first due: now, or the next digest hour for a non-urgent one to a digest reader.</summary>
    public DateTimeOffset FirstAttempt(bool urgent, Preference? preference, DateTimeOffset now)
    {
        if (urgent || preference is not { DailyDigest: true })
        {
            return now;
        }
        var local = TimeZoneInfo.ConvertTime(now, timeZone);
        var digest = local.Date + digestTime.ToTimeSpan();
        if (digest <= local.DateTime)
        {
            digest = digest.AddDays(1);
        }
        return ToInstant(digest);
    }

    /// <summary>Null when the message may go now; otherwise when it may.</summary>
    public DateTimeOffset? HoldUntil(Channel channel, bool urgent, Preference? preference, DateTimeOffset? lastSentOnChannel, DateTimeOffset now)
    {
        if (urgent)
        {
            return null;
        }
        if (channel == Channel.Sms)
        {
            var quiet = preference?.QuietHours ?? QuietHours.Default;
            var local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
            var end = quiet.EndAfter(local);
            if (end > local)
            {
                return ToInstant(end);
            }
        }
        if (lastSentOnChannel is { } last && last + burstWindow > now)
        {
            return last + burstWindow;
        }
        return null;
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time skipped by the spring-forward change is taken an hour later.
        if (timeZone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(unspecified, timeZone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
