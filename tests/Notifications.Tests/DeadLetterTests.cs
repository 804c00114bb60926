using System.Net;
using System.Net.Http.Json;
using CareServices.Notifications.Api.Api;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>The mail relay is down: attempts back off, the last one makes a dead letter, and a replay delivers once it is up.</summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync(sinkRunning: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Moves the controlled clock on until the notification's retries have all run.</summary>
    private async Task<Notification> FailedEmailAsync(Guid eventId)
    {
        Notification? email = null;
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            email = (await _host.NotificationsAsync(eventId)).SingleOrDefault(n => n.Channel == Channel.Email);
            return email?.Status == NotificationStatus.Failed;
        }), $"the e-mail never became a dead letter: {email?.Status} after {email?.Attempts} attempts");
        return email!;
    }

    [Fact]
    public async Task With_the_relay_down_an_email_is_retried_with_backoff_and_then_dead_lettered()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.down@example.no"));
        var terminated = Events.Terminated(registered);
        await _host.PublishAsync(terminated);

        var email = await FailedEmailAsync(terminated.EventId);

        Assert.Equal(3, email.Attempts);
        Assert.Null(email.SentAt);
        Assert.Equal("SocketException", email.LastError);
        var deadLetters = await _host.Client(Roles.Admin).GetFromJsonAsync<List<NotificationResponse>>("/api/notifications/dead-letters");
        Assert.Contains(deadLetters!, d => d.Id == email.Id && d.Status == "failed");
    }

    [Fact]
    public async Task Replaying_a_dead_letter_once_the_relay_is_up_delivers_it()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.replay@example.no"));
        var terminated = Events.Terminated(registered);
        await _host.PublishAsync(terminated);
        var email = await FailedEmailAsync(terminated.EventId);
        await _host.Sink.StartAsync();

        var replay = await _host.Client(Roles.Admin).PostAsync($"/api/notifications/dead-letters/{email.Id}/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("kari.replay@example.no").Count == 1)));
        var sent = await _host.NotificationsWhenAsync(terminated.EventId, n => n.Single(x => x.Channel == Channel.Email).Status == NotificationStatus.Sent);
        Assert.Equal(1, sent.Single(n => n.Channel == Channel.Email).Attempts);
        Assert.Equal($"{email.Id}@careservices.local", _host.Sink.MailTo("kari.replay@example.no").Single().MessageId);
    }

    [Fact]
    public async Task Replaying_a_notification_that_is_not_dead_lettered_is_a_conflict()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb");
        var terminated = Events.Terminated(registered);
        await _host.PublishAsync(terminated);
        var inApp = (await _host.NotificationsWhenAsync(terminated.EventId, n => n.Any(x => x.Channel == Channel.InApp && x.Status == NotificationStatus.Sent)))
            .Single(n => n.Channel == Channel.InApp);

        var replay = await _host.Client(Roles.Admin).PostAsync($"/api/notifications/dead-letters/{inApp.Id}/replay", null);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("not dead-lettered", await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_an_admin_may_list_dead_letters()
    {
        var response = await _host.Client(Roles.CaseWorker).GetAsync("/api/notifications/dead-letters");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
