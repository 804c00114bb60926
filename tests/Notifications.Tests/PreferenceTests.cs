using System.Net;
using System.Net.Http.Json;
using CareServices.Notifications.Api.Api;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>Preferences through the API, and what they change: the channel, quiet hours on a controlled clock.</summary>
public sealed class PreferenceTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PutAsync(Guid personId, PreferenceRequest request) =>
        _host.Client(Roles.CaseWorker).PutAsJsonAsync($"/api/notifications/preferences/{personId}", request);

    [Fact]
    public async Task An_unknown_language_is_refused_with_400_naming_the_allowed_values()
    {
        var response = await PutAsync(Guid.NewGuid(), new PreferenceRequest(["email"], "de", null, false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("language", body);
        Assert.Contains("nb, nn, sv, da, en", body);
    }

    [Fact]
    public async Task An_unknown_channel_is_refused_with_400_naming_the_allowed_values()
    {
        var response = await PutAsync(Guid.NewGuid(), new PreferenceRequest(["email", "pigeon"], "nb", null, false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("channels[1]", body);
        Assert.Contains("email, sms, inapp", body);
    }

    [Fact]
    public async Task Quiet_hours_that_do_not_parse_are_refused_with_422()
    {
        var response = await PutAsync(Guid.NewGuid(), new PreferenceRequest(["sms"], "nb", "late evening", false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("quietHours", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_relative_may_set_only_their_own_preferences()
    {
        var own = Guid.NewGuid();
        var self = _host.Client(Roles.Relative, subject: own.ToString());

        var mine = await self.PutAsJsonAsync($"/api/notifications/preferences/{own}", new PreferenceRequest(["sms"], "nn", "22:00-07:00", false));
        var other = await self.PutAsJsonAsync($"/api/notifications/preferences/{Guid.NewGuid()}", new PreferenceRequest(["sms"], "nn", null, false));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var saved = await self.GetFromJsonAsync<PreferenceResponse>($"/api/notifications/preferences/{own}");
        Assert.Equal(["sms"], saved!.Channels);
        Assert.Equal("nn", saved.Language);
        Assert.Equal("22:00-07:00", saved.QuietHours);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_relative_who_prefers_sms_gets_an_sms_without_health_details_in_their_chosen_language()
    {
        var relative = Events.Relative("Kari", email: "kari.sms@example.no", phone: "+4790000001");
        (await PutAsync(relative.ResourcePersonId, new PreferenceRequest(["sms", "email"], "nn", null, false))).EnsureSuccessStatusCode();
        var registered = await _host.RecipientWithRelativesAsync("nb", relative);

        await _host.PublishAsync(Events.Terminated(registered, "V-2026-0777"));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.Sms().Any(s => s.To == "+4790000001"))));
        var sms = _host.Sink.Sms().Single(s => s.To == "+4790000001");
        Assert.Equal("Du har ei ny melding frå heimetenesta. Logg inn for å lese ho.", sms.Text);
        Assert.DoesNotContain("V-2026-0777", sms.Text);
        Assert.DoesNotContain("Ola", sms.Text);
        Assert.Empty(_host.Sink.MailTo("kari.sms@example.no"));
    }

    [Fact]
    public async Task A_non_urgent_sms_waits_out_the_quiet_hours_and_goes_when_they_end()
    {
        var relative = Events.Relative("Kari", phone: "+4790000002");
        var registered = await _host.RecipientWithRelativesAsync("nb", relative);
        // 22:30 in Oslo: inside the default 21:00–08:00.
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.FromHours(1)).ToUniversalTime());
        var terminated = Events.Terminated(registered);

        await _host.PublishAsync(terminated);

        var held = await _host.NotificationsWhenAsync(terminated.EventId,
            n => n.SingleOrDefault(x => x.Channel == Channel.Sms)?.NextAttemptAt == new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.FromHours(1)));
        Assert.Equal(NotificationStatus.Queued, held.Single(n => n.Channel == Channel.Sms).Status);
        // The in-app message was not held, so the worker has looked at the SMS too by now.
        await _host.NotificationsWhenAsync(terminated.EventId, n => n.Single(x => x.Channel == Channel.InApp).Status == NotificationStatus.Sent);
        Assert.Empty(_host.Sink.Sms());

        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime());

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.Sms().Any(s => s.To == "+4790000002"))));
    }
}
