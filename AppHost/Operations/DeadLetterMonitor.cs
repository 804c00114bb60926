using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareServices.AppHost.Operations;

/// <summary>
/// Shows each service's dead-letter count as the resource property <c>careservices.dead-letters</c> on the dashboard, and
/// the events waiting for an earlier one as <c>careservices.waiting</c>, refreshed every few seconds, so an operator
/// sees a stuck message without asking for it.
/// </summary>
public sealed partial class DeadLetterMonitor(
    ResourceNotificationService notifications, DeadLetterMonitor.Watch watch, ILogger<DeadLetterMonitor> logger) : BackgroundService
{
    public const string Property = "careservices.dead-letters";

    /// <summary>Events resting in the service's wait queues until what they build on has arrived (not an error).</summary>
    public const string WaitingProperty = "careservices.waiting";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>The services to watch and the broker whose error queues hold their dead letters.</summary>
    public sealed class Watch(IResourceWithConnectionString broker)
    {
        public IResource Broker { get; } = broker;

        public ErrorQueues Queues { get; } = new(broker);

        public List<IResource> Services { get; } = [];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await notifications.WaitForResourceHealthyAsync(watch.Broker.Name, stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(Interval);
        var counts = new Dictionary<string, (long DeadLetters, long Waiting)>(StringComparer.Ordinal);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            IReadOnlyList<(string Name, long Messages)> queues;
            try
            {
                queues = await watch.Queues.AllAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                // The broker restarting is shown on its own resource; the counts wait for it.
                LogBrokerUnavailable(logger, exception.Message);
                continue;
            }

            foreach (var service in watch.Services)
            {
                var total = ErrorQueues.OfService(queues, service.Name).Sum(q => q.Messages);
                var waiting = ErrorQueues.WaitingOfService(queues, service.Name).Sum(q => q.Messages);

                // Published on change only: every update is a message to each open dashboard.
                if (counts.TryGetValue(service.Name, out var last) && last == (total, waiting))
                {
                    continue;
                }

                counts[service.Name] = (total, waiting);
                await notifications.PublishUpdateAsync(service, snapshot => snapshot with
                {
                    Properties =
                    [
                        .. snapshot.Properties.Where(p => p.Name is not (Property or WaitingProperty)),
                        new(Property, total) { DisplayName = "Dead letters" },
                        new(WaitingProperty, waiting) { DisplayName = "Waiting for an earlier event" },
                    ],
                }).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dead-letter counts wait for the broker: {Reason}")]
    private static partial void LogBrokerUnavailable(ILogger logger, string reason);
}
