using System.Diagnostics.Metrics;
using CareServices.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// Sits outside the in-memory retries: an event that still finds what it builds on missing
/// (<see cref="ReadModelNotReadyException"/>) rests in its queue's wait queue and comes back, instead of going to the
/// error queue while the event it waits for is on its way through another queue (or behind it in the same one).
/// Only after <see cref="MessageWaitOptions.Limit"/> rests does it go to the error queue, for an operator.
/// </summary>
public sealed partial class WaitForPredecessorFilter<T>(WaitQueues waitQueues, IOptions<MessageWaitOptions> options, ILogger<WaitForPredecessorFilter<T>> logger)
    : IFilter<ConsumeContext<T>>
    where T : class
{
    private static readonly Meter Meter = new(TelemetryExtensions.CareServicesSource);
    private static readonly Counter<long> Waits = Meter.CreateCounter<long>("careservices.messaging.waits", description: "Events put in a wait queue because what they build on had not arrived");

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception e) when (e.GetBaseException() is ReadModelNotReadyException notReady && MayWait(context, out var delivery, out var waits))
        {
            var queue = QueueOf(context.ReceiveContext.InputAddress);
            await waitQueues.SendAsync(queue, delivery.Properties, context.ReceiveContext.Body.GetBytes(), waits + 1, context.CancellationToken);
            Waits.Add(1, new KeyValuePair<string, object?>("queue", queue));
            LogWaiting(logger, context.MessageId, queue, waits + 1, notReady.Message);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("waitForPredecessor");

    private bool MayWait(ConsumeContext<T> context, out RabbitMqBasicConsumeContext delivery, out int waits)
    {
        waits = context.ReceiveContext.TryGetPayload(out delivery!) ? WaitQueues.WaitsOf(delivery.Properties) : int.MaxValue;
        return waits < options.Value.Limit;
    }

    /// <summary>The receive queue: the last segment of the endpoint's address (<c>rabbitmq://host/vhost/queue</c>).</summary>
    private static string QueueOf(Uri inputAddress) => inputAddress.Segments[^1].TrimEnd('/');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} on {Queue} waits (rest {Waits}): {Reason}")]
    private static partial void LogWaiting(ILogger logger, Guid? messageId, string queue, int waits, string reason);
}
