using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// A delayed redelivery on a plain RabbitMQ (Debian ships no delayed-message plugin): <c>{queue}_wait</c> holds each
/// message for <see cref="MessageWaitOptions.Interval"/> as its expiry, then dead-letters it back to <c>{queue}</c>.
/// The message goes there byte for byte with its properties, so its id (and the consumer's inbox) and any field this
/// release does not know survive the wait. Publishing is confirmed before the original delivery is acknowledged; a
/// crash between the two delivers it twice, which the inbox absorbs.
/// </summary>
public sealed class WaitQueues(RabbitMqAddress broker, IOptions<MessageWaitOptions> options) : IAsyncDisposable
{
    public const string WaitSuffix = "_wait";

    /// <summary>The header that counts a message's rests in the wait queue.</summary>
    public const string WaitsHeader = "CareServices-Waits";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _declared = new(StringComparer.Ordinal);
    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>Puts a message received from <paramref name="queue"/> into its wait queue, counting one more rest.</summary>
    public async Task SendAsync(string queue, IReadOnlyBasicProperties received, ReadOnlyMemory<byte> body, int waits, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties(received)
        {
            Expiration = ((long)options.Value.Interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            Headers = new Dictionary<string, object?>(received.Headers ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
            {
                [WaitsHeader] = waits,
            },
        };
        // One channel, one publish at a time: waits are rare, and a confirmed publish on a shared channel stays simple.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            if (!_declared.ContainsKey(queue))
            {
                // The expiry is per message, not a queue argument, so changing the interval never conflicts with a
                // queue an earlier release declared.
                await channel.QueueDeclareAsync(queue + WaitSuffix, durable: true, exclusive: false, autoDelete: false,
                    new Dictionary<string, object?>
                    {
                        ["x-dead-letter-exchange"] = string.Empty,
                        ["x-dead-letter-routing-key"] = queue,
                    }, cancellationToken: cancellationToken);
                _declared[queue] = true;
            }
            await channel.BasicPublishAsync(string.Empty, queue + WaitSuffix, mandatory: true, properties, body, cancellationToken);
        }
        catch
        {
            await ResetAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>How many rests a delivery has had, from its header (read back as whichever integer type the broker chose).</summary>
    public static int WaitsOf(IReadOnlyBasicProperties properties) =>
        properties.Headers is { } headers && headers.TryGetValue(WaitsHeader, out var value) && value is IConvertible number
            ? number.ToInt32(CultureInfo.InvariantCulture)
            : 0;

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }
        await ResetAsync();
        _connection = await broker.ConnectAsync("wait-queues", cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return _channel;
    }

    private async Task ResetAsync()
    {
        _declared.Clear();
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
            _channel = null;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _gate.Dispose();
    }
}
