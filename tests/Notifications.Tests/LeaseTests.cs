using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CareServices.Notifications.Tests;

/// <summary>
/// A channel slower than half the delivery lease: the round starts no more sends, because one could still run when
/// the lease ends and another replica claims the same notification; what it did not start goes in the next round.
/// </summary>
public sealed class LeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private NotificationsHost _host = null!;
    private SlowLetters _letters = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync(
        settings: new Dictionary<string, string>
        {
            // The worker's own loop looks once at start-up and then sleeps: the test runs each round itself.
            ["Notifications:Delivery:PollInterval"] = "01:00:00",
            ["Notifications:Delivery:MaxParallelSends"] = "1",
            ["Notifications:Delivery:Lease"] = Lease.ToString(),
        },
        services: services =>
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IChannelSender) && d.ImplementationType == typeof(LetterSender)));
            services.AddSingleton<IChannelSender>(provider => _letters = new SlowLetters((FakeTimeProvider)provider.GetRequiredService<TimeProvider>()));
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sends_not_started_by_half_the_lease_wait_for_the_next_round_without_counting_an_attempt()
    {
        var first = Events.Terminated(await _host.RecipientWithRelativesAsync("nb"));
        var second = Events.Terminated(await _host.RecipientWithRelativesAsync("nb"));
        await _host.PublishAsync(first);
        await _host.PublishAsync(second);
        await _host.NotificationsWhenAsync(first.EventId, n => n.Any(x => x.Channel == Channel.Letter));
        await _host.NotificationsWhenAsync(second.EventId, n => n.Any(x => x.Channel == Channel.Letter));
        var worker = _host.Factory.Services.GetServices<IHostedService>().OfType<DeliveryWorker>().Single();

        await worker.RunOnceAsync(CancellationToken.None);

        var afterFirstRound = await LettersAsync(first.EventId, second.EventId);
        Assert.Single(afterFirstRound, l => l.Status == NotificationStatus.Sent);
        var waiting = Assert.Single(afterFirstRound, l => l.Status == NotificationStatus.Queued);
        Assert.Equal(0, waiting.Attempts);

        await worker.RunOnceAsync(CancellationToken.None);

        Assert.All(await LettersAsync(first.EventId, second.EventId), l => Assert.Equal(NotificationStatus.Sent, l.Status));
        Assert.Equal(2, _letters.Sends);
    }

    private async Task<List<Notification>> LettersAsync(params Guid[] eventIds)
    {
        await using var db = _host.Db();
        return await db.Notifications.AsNoTracking().Where(n => eventIds.Contains(n.EventId) && n.Channel == Channel.Letter).ToListAsync();
    }

    /// <summary>A letter channel whose every send takes a little more than half the lease on the controlled clock.</summary>
    private sealed class SlowLetters(FakeTimeProvider clock) : IChannelSender
    {
        private int _sends;

        public int Sends => _sends;

        public Channel Channel => Channel.Letter;

        public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sends);
            clock.Advance((Lease / 2) + TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        }
    }
}
