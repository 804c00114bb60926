using System.Net.Http.Json;
using CareServices.Contracts.Activities;
using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Activities;
using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Domain.Activities;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Notifications.Tests;

/// <summary>
/// The reminder the day before an activity, from Activities' sign-up events, on a controlled clock that starts on
/// Monday 7 December 2026 at 10:00 in Oslo. Each test has its own host, because it moves the clock.
/// </summary>
public sealed class ActivityReminderTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;

    // Only the rounds a test runs: a background round on the moved clock would take their sign-ups first.
    public async Task InitializeAsync() =>
        _host = await NotificationsHost.StartAsync(settings: new Dictionary<string, string> { ["Notifications:Reminders:PollInterval"] = "01:00:00" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static RecipientSignedUp SignedUp(RecipientRegistered recipient, Guid activityId, DateTimeOffset occurrence, string status = "confirmed",
        Guid? signUpId = null, DateTimeOffset? at = null, string title = "Middagsvenner") => new()
    {
        OccurredAt = at ?? NotificationsHost.Morning.AddDays(-3),
        MunicipalityId = recipient.MunicipalityId,
        SignUpId = signUpId ?? Guid.NewGuid(),
        ActivityId = activityId,
        RecipientId = recipient.RecipientId,
        ActivityTitle = title,
        PlaceName = "Steigen bygdetun",
        OccurrenceStart = occurrence,
        Status = status,
        WaitListPosition = status == "confirmed" ? null : 1,
        MovedUpFromWaitList = status == "confirmed" && at is not null,
        TransportRequested = false,
    };

    private async Task SignUpsKnownAsync(int count)
    {
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return await db.ActivitySignUps.CountAsync() == count;
        }), "the sign-ups never reached the read model");
    }

    /// <summary>Moves the clock and runs a reminder round on it (the background rounds see the same clock).</summary>
    private async Task<int> AdvanceToAsync(DateTimeOffset at)
    {
        _host.Clock.SetUtcNow(at.ToUniversalTime());
        return await _host.Factory.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None);
    }

    private Task<bool> MailArrivesAsync(string address, int count = 1) =>
        Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo(address).Count == count));

    private async Task<List<FeedItem>> FeedOfAsync(Guid recipientId) =>
        (await _host.Client(Roles.Recipient, subject: recipientId.ToString()).GetFromJsonAsync<List<FeedItem>>("/api/notifications/feed"))!;

    [Fact]
    public async Task A_seat_is_reminded_from_ten_the_day_before_to_the_recipient_and_the_consenting_relative_in_the_recipients_language_once()
    {
        var registered = await _host.RecipientWithRelativesAsync("nn", Events.Relative("Kari", email: "kari.reminder@example.no"));
        await _host.PublishAsync(SignedUp(registered, Guid.NewGuid(), OtherEvents.Oslo(9, 16)));
        await SignUpsKnownAsync(1);

        Assert.Equal(0, await AdvanceToAsync(OtherEvents.Oslo(7, 23)));       // two days before
        Assert.Equal(0, await AdvanceToAsync(OtherEvents.Oslo(8, 9, 59)));    // the day before, before ten
        Assert.Equal(1, await AdvanceToAsync(OtherEvents.Oslo(8, 10)));

        Assert.True(await MailArrivesAsync("kari.reminder@example.no"));
        var mail = _host.Sink.MailTo("kari.reminder@example.no").Single();
        Assert.Equal("Påminning i morgon: Middagsvenner", mail.Subject);
        Assert.Contains("Ola Nordmann er påmeld «Middagsvenner» i morgon, 2026-12-09 kl. 16:00, Steigen bygdetun", mail.TextBody);
        Assert.True(await Eventually.UntilAsync(async () => (await FeedOfAsync(registered.RecipientId)).Count == 1), "the recipient's feed has no reminder");

        Assert.Equal(0, await AdvanceToAsync(OtherEvents.Oslo(8, 18)));
        await Task.Delay(500);
        Assert.Single(_host.Sink.MailTo("kari.reminder@example.no"));
        Assert.Single(await FeedOfAsync(registered.RecipientId));
    }

    [Fact]
    public async Task Wait_listed_cancelled_and_cancelled_occurrence_sign_ups_are_not_reminded_but_one_moved_up_from_the_wait_list_is()
    {
        var occurrence = OtherEvents.Oslo(9, 11);
        var activityId = Guid.NewGuid();
        var waiting = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Wenche", email: "wenche.waiting@example.no"));
        var cancelling = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Carl", email: "carl.cancelled@example.no"));
        var movedUp = await _host.RecipientWithRelativesAsync("sv", Events.Relative("Maja", email: "maja.movedup@example.se"));
        var otherActivity = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Otto", email: "otto.occurrence@example.no"));
        var cancellation = SignedUp(cancelling, activityId, occurrence);
        var movedUpId = Guid.NewGuid();
        var otherActivityId = Guid.NewGuid();

        await _host.PublishAsync(SignedUp(waiting, activityId, occurrence, status: "waitListed"));
        await _host.PublishAsync(cancellation);
        await _host.PublishAsync(SignedUp(movedUp, activityId, occurrence, status: "waitListed", signUpId: movedUpId));
        await _host.PublishAsync(SignedUp(otherActivity, otherActivityId, occurrence));
        await SignUpsKnownAsync(4);
        await _host.PublishAsync(new SignUpCancelled
        {
            OccurredAt = NotificationsHost.Morning.AddDays(-1), MunicipalityId = "1848", SignUpId = cancellation.SignUpId, ActivityId = activityId,
            RecipientId = cancelling.RecipientId, ActivityTitle = "Middagsvenner", OccurrenceStart = occurrence,
        });
        await _host.PublishAsync(SignedUp(movedUp, activityId, occurrence, signUpId: movedUpId, at: NotificationsHost.Morning.AddDays(-1)));
        var occurrenceCancelled = OtherEvents.OccurrenceCancelled("Middagsvenner", otherActivity.RecipientId) with { ActivityId = otherActivityId, OccurrenceStart = occurrence };
        await _host.PublishAsync(occurrenceCancelled);
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return await db.ActivitySignUps.CountAsync(s => s.EndedAt != null) == 2 && await db.ActivitySignUps.CountAsync(s => s.Confirmed) == 3;
        }), "the cancellations and the move up never reached the read model");

        Assert.Equal(1, await AdvanceToAsync(OtherEvents.Oslo(8, 10)));

        Assert.True(await MailArrivesAsync("maja.movedup@example.se"));
        Assert.Equal("Påminnelse i morgon: Middagsvenner", _host.Sink.MailTo("maja.movedup@example.se").Single().Subject);
        Assert.Empty(_host.Sink.MailTo("wenche.waiting@example.no"));
        Assert.Empty(_host.Sink.MailTo("carl.cancelled@example.no"));
        // Only the cancellation notice, no reminder.
        Assert.True(await MailArrivesAsync("otto.occurrence@example.no"));
        Assert.StartsWith("Avlyst", _host.Sink.MailTo("otto.occurrence@example.no").Single().Subject);
    }

    [Fact]
    public async Task A_schedule_change_ends_the_sign_ups_of_occurrences_it_removed_and_the_others_are_reminded_of_the_new_place()
    {
        var activityId = Guid.NewGuid();
        var gone = await _host.RecipientWithRelativesAsync("en", Events.Relative("Gina", email: "gina.gone@example.no"));
        var kept = await _host.RecipientWithRelativesAsync("en", Events.Relative("Kim", email: "kim.kept@example.no"));
        await _host.PublishAsync(SignedUp(gone, activityId, OtherEvents.Oslo(9, 11), title: "Trim"));
        await _host.PublishAsync(SignedUp(kept, activityId, OtherEvents.Oslo(16, 11), title: "Trim"));
        await SignUpsKnownAsync(2);

        // Weekly on Wednesdays from 2 December becomes every other week: 9 December is gone, 16 December stays.
        await _host.PublishAsync(new ActivityChanged
        {
            OccurredAt = NotificationsHost.Morning, MunicipalityId = "1848", ActivityId = activityId, Changes = ["recurrence", "place"],
            Title = "Trim", PlaceName = "Nordfold skole", StartsAt = OtherEvents.Oslo(2, 11), EndsAt = OtherEvents.Oslo(2, 12),
            Recurrence = "FREQ=WEEKLY;INTERVAL=2", SignedUpRecipientIds = [gone.RecipientId, kept.RecipientId],
        });
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return await db.ActivitySignUps.AnyAsync(s => s.RecipientId == gone.RecipientId && s.EndedAt != null);
        }), "the removed occurrence's sign-up never ended");
        Assert.True(await MailArrivesAsync("gina.gone@example.no"));   // the change itself

        Assert.Equal(0, await AdvanceToAsync(OtherEvents.Oslo(8, 10)));
        Assert.Equal(1, await AdvanceToAsync(OtherEvents.Oslo(15, 10)));

        Assert.True(await MailArrivesAsync("kim.kept@example.no", 2));
        Assert.Contains("tomorrow, 2026-12-16 at 11:00, Nordfold skole", _host.Sink.MailTo("kim.kept@example.no").Single(m => m.Subject?.StartsWith("Reminder", StringComparison.Ordinal) == true).TextBody);
        Assert.DoesNotContain(_host.Sink.MailTo("gina.gone@example.no"), m => m.Subject?.StartsWith("Reminder", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_relative_of_two_recipients_at_the_same_occurrence_is_reminded_once_even_by_two_replicas_at_once()
    {
        var shared = Events.Relative("Siri", email: "siri.shared@example.no");
        var mother = await _host.RecipientWithRelativesAsync("nb", shared);
        var father = await _host.RecipientWithRelativesAsync("nb", shared);
        var activityId = Guid.NewGuid();
        await _host.PublishAsync(SignedUp(mother, activityId, OtherEvents.Oslo(9, 11)));
        await _host.PublishAsync(SignedUp(father, activityId, OtherEvents.Oslo(9, 11)));
        await SignUpsKnownAsync(2);
        await using var replica = await _host.StartReplicaAsync();

        _host.Clock.SetUtcNow(OtherEvents.Oslo(8, 10).ToUniversalTime());
        var rounds = await Task.WhenAll(
            _host.Factory.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None),
            replica.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None));

        Assert.Equal(2, rounds.Sum());
        Assert.True(await MailArrivesAsync("siri.shared@example.no"));
        Assert.True(await Eventually.UntilAsync(async () =>
            (await FeedOfAsync(mother.RecipientId)).Count == 1 && (await FeedOfAsync(father.RecipientId)).Count == 1), "a parent's feed has no reminder");
        await Task.Delay(500);
        Assert.Single(_host.Sink.MailTo("siri.shared@example.no"));
    }

    [Fact]
    public void A_weekly_series_keeps_its_local_time_across_daylight_saving_and_knows_its_occurrences()
    {
        var weekly = new ActivitySchedule(new DateTimeOffset(2027, 3, 17, 11, 0, 0, TimeSpan.FromHours(1)), "FREQ=WEEKLY", "Europe/Oslo");

        Assert.True(weekly.Occurs(new DateTimeOffset(2027, 3, 24, 10, 0, 0, TimeSpan.Zero)));  // 11:00 CET
        Assert.True(weekly.Occurs(new DateTimeOffset(2027, 3, 31, 9, 0, 0, TimeSpan.Zero)));   // 11:00 CEST
        Assert.False(weekly.Occurs(new DateTimeOffset(2027, 3, 31, 10, 0, 0, TimeSpan.Zero)));
        Assert.False(weekly.Occurs(new DateTimeOffset(2027, 3, 25, 10, 0, 0, TimeSpan.Zero))); // a Thursday
        Assert.False(weekly.Occurs(new DateTimeOffset(2027, 3, 10, 10, 0, 0, TimeSpan.Zero))); // before the first
    }
}
