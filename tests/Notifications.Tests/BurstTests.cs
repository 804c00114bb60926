using CareServices.Notifications.Domain.Delivery;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>A burst of changes for one person becomes one message: after a message, later ones wait out the window and go together.</summary>
public sealed class BurstTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync(settings: new Dictionary<string, string>
    {
        ["Notifications:Delivery:BurstWindow"] = "00:05:00",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Three_changes_right_after_a_message_reach_the_relative_as_one_more_email()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.burst@example.no"));
        var first = Events.Granted(registered);
        await _host.PublishAsync(first);
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("kari.burst@example.no").Count == 1)));

        Contracts.IntegrationEvent[] burst = [Events.Changed(registered), Events.Changed(registered), Events.Terminated(registered)];
        foreach (var change in burst)
        {
            await _host.PublishAsync(change);
        }
        foreach (var change in burst)
        {
            await _host.NotificationsWhenAsync(change.EventId, n => n.SingleOrDefault(x => x.Channel == Channel.Email)?.NextAttemptAt > NotificationsHost.Morning);
        }
        Assert.Single(_host.Sink.MailTo("kari.burst@example.no"));

        _host.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("kari.burst@example.no").Count == 2)));
        var digest = _host.Sink.MailTo("kari.burst@example.no").Single(m => m.Subject?.StartsWith('3') == true);
        Assert.Equal("3 nye meldinger fra hjemmetjenesten", digest.Subject);
        Assert.Contains("Endret vedtak for Ola Nordmann", digest.TextBody);
        Assert.Contains("Tjenestene til Ola Nordmann avsluttes", digest.TextBody);
        await Task.Delay(500);
        Assert.Equal(2, _host.Sink.MailTo("kari.burst@example.no").Count);
    }
}
