using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Tests;

/// <summary>The delivery rules of the domain, without servers.</summary>
public sealed class DeliveryRuleTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly DeliveryTiming Timing = new(Oslo, new TimeOnly(7, 0), TimeSpan.FromMinutes(1));

    private static DateTimeOffset OsloTime(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("21:00-08:00", 22, true)]
    [InlineData("21:00-08:00", 7, true)]
    [InlineData("21:00-08:00", 8, false)]
    [InlineData("21:00-08:00", 12, false)]
    [InlineData("13:00-14:00", 13, true)]
    [InlineData("13:00-14:00", 14, false)]
    public void Quiet_hours_may_cross_midnight_and_end_before_their_end_time(string text, int hour, bool quiet)
    {
        Assert.True(QuietHours.TryParse(text, out var hours));
        Assert.Equal(quiet, hours!.Contains(new TimeOnly(hour, 0)));
    }

    [Theory]
    [InlineData("late")]
    [InlineData("21:00")]
    [InlineData("25:00-08:00")]
    [InlineData("08:00-08:00")]
    public void Quiet_hours_that_do_not_parse_are_refused(string text) => Assert.False(QuietHours.TryParse(text, out _));

    [Fact]
    public void Retries_back_off_exponentially_up_to_the_cap()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

        Assert.Equal([5, 10, 20, 30, 30], Enumerable.Range(1, 5).Select(a => policy.DelayAfter(a).TotalSeconds));
    }

    [Fact]
    public void The_last_failed_attempt_makes_a_dead_letter_and_only_a_dead_letter_can_be_replayed()
    {
        var policy = new RetryPolicy(2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var notification = Notification.Queue(new NotificationRequest(Guid.NewGuid(), "1848", "sms", false, new Dictionary<string, string>()),
            Guid.NewGuid(), Channel.Sms, "+4790000000", "nb", OsloTime(7, 10));

        Assert.False(notification.Replay(OsloTime(7, 10)));
        notification.MarkAttemptFailed("SocketException", policy, OsloTime(7, 10));
        Assert.Equal(NotificationStatus.Queued, notification.Status);
        notification.MarkAttemptFailed("SocketException", policy, OsloTime(7, 10));
        Assert.Equal(NotificationStatus.Failed, notification.Status);
        Assert.True(notification.Replay(OsloTime(7, 11)));
        Assert.Equal((NotificationStatus.Queued, 0), (notification.Status, notification.Attempts));
    }

    [Fact]
    public void An_urgent_sms_goes_during_quiet_hours_and_a_non_urgent_one_waits_until_they_end()
    {
        Assert.Null(Timing.HoldUntil(Channel.Sms, urgent: true, null, null, OsloTime(7, 23)));
        Assert.Equal(OsloTime(8, 8), Timing.HoldUntil(Channel.Sms, urgent: false, null, null, OsloTime(7, 23)));
        Assert.Null(Timing.HoldUntil(Channel.Email, urgent: false, null, null, OsloTime(7, 23)));
    }

    [Fact]
    public void A_digest_reader_gets_non_urgent_messages_at_the_next_digest_hour()
    {
        var preference = Preference.For(Guid.NewGuid(), "1848");
        preference.Set([Channel.Email], "nb", null, dailyDigest: true, OsloTime(7, 9));

        Assert.Equal(OsloTime(8, 7), Timing.FirstAttempt(urgent: false, preference, OsloTime(7, 9)));
        Assert.Equal(OsloTime(7, 7), Timing.FirstAttempt(urgent: false, preference, OsloTime(7, 6)));
        Assert.Equal(OsloTime(7, 9), Timing.FirstAttempt(urgent: true, preference, OsloTime(7, 9)));
    }

    [Fact]
    public void A_message_right_after_another_on_the_same_channel_waits_out_the_burst_window()
    {
        Assert.Equal(OsloTime(7, 10, 1), Timing.HoldUntil(Channel.Email, false, null, OsloTime(7, 10), OsloTime(7, 10)));
        Assert.Null(Timing.HoldUntil(Channel.Email, false, null, OsloTime(7, 10), OsloTime(7, 10, 1)));
    }

    [Fact]
    public void The_first_preferred_channel_that_reaches_the_person_is_chosen()
    {
        var preference = Preference.For(Guid.NewGuid(), "1848");
        preference.Set([Channel.Sms, Channel.Email], null, null, false, OsloTime(7, 9));

        Assert.Equal(Channel.Email, ChannelChoice.Pick(new Addressee(Guid.NewGuid(), "A", "nb", "a@example.no", null, false), preference));
        Assert.Equal(Channel.Sms, ChannelChoice.Pick(new Addressee(Guid.NewGuid(), "A", "nb", "a@example.no", "+4790000000", false), preference));
        Assert.Null(ChannelChoice.Pick(new Addressee(Guid.NewGuid(), "A", "nb", null, null, false), preference));
    }
}
