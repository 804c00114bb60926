using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RabbitMQ.Client;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// Lets an operator see the messages that exhausted their retries (<c>{queue}_error</c>) and move them back to
/// their queue once the cause is fixed, or discard them. Messages keep their id, so a replay of something that was
/// already applied is absorbed by the consumer's inbox.
/// </summary>
public sealed partial class DeadLetterQueues(RabbitMqAddress broker)
{
    public const string ErrorSuffix = "_error";
    private const ushort NotFound = 404;

    /// <summary>
    /// Up to <paramref name="max"/> dead letters of <paramref name="municipality"/> (every municipality's when null, for a
    /// platform operator).
    /// </summary>
    public async Task<IReadOnlyList<DeadLetter>> PeekAsync(string queue, int max, string? municipality, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var letters = new List<DeadLetter>();
        ulong lastTag = 0;
        while (letters.Count < max)
        {
            var result = await channel.BasicGetAsync(ErrorQueue(queue), autoAck: false, cancellationToken);
            if (result is null)
            {
                break;
            }
            lastTag = result.DeliveryTag;
            var letter = Describe(result);
            if (municipality is null || letter.MunicipalityId == municipality)
            {
                letters.Add(letter);
            }
        }
        // Put them back explicitly rather than by closing the channel, so the broker has requeued them before the
        // next operator action looks at the queue.
        if (lastTag > 0)
        {
            await channel.BasicNackAsync(lastTag, multiple: true, requeue: true, cancellationToken);
        }
        return letters;
    }

    /// <summary>Messages waiting in the error queue, as the broker counts them now (the management API's figures lag).</summary>
    public async Task<uint> CountAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return await channel.MessageCountAsync(ErrorQueue(queue), cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            // MassTransit declares an error queue at the first failure; until then there is nothing in it.
            return 0;
        }
    }

    /// <summary>
    /// Moves the error queue's messages (or only <paramref name="messageId"/>) of <paramref name="municipality"/> (every
    /// municipality's when null) back to <paramref name="queue"/>.
    /// </summary>
    public Task<int> ReplayAsync(string queue, string? messageId, string? municipality, CancellationToken cancellationToken) =>
        DrainAsync(queue, messageId, municipality, republish: true, cancellationToken);

    public Task<int> DiscardAsync(string queue, string messageId, string? municipality, CancellationToken cancellationToken) =>
        DrainAsync(queue, messageId, municipality, republish: false, cancellationToken);

    public static bool IsValidQueueName(string queue) => QueueName().IsMatch(queue);

    private async Task<int> DrainAsync(string queue, string? messageId, string? municipality, bool republish, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        var moved = 0;
        ulong? lastSkipped = null;
        // Messages that are not selected stay unacknowledged on this channel until the end, so each one is looked
        // at once and the loop ends when the queue has nothing more to give.
        while (true)
        {
            var result = await channel.BasicGetAsync(ErrorQueue(queue), autoAck: false, cancellationToken);
            if (result is null)
            {
                break;
            }
            if ((messageId is not null && !string.Equals(result.BasicProperties.MessageId, messageId, StringComparison.OrdinalIgnoreCase))
                || (municipality is not null && MunicipalityOf(result.Body) != municipality))
            {
                lastSkipped = result.DeliveryTag;
                continue;
            }
            if (republish)
            {
                var properties = new BasicProperties(result.BasicProperties);
                await channel.BasicPublishAsync(exchange: string.Empty, routingKey: queue, mandatory: true, properties, result.Body, cancellationToken);
            }
            await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        if (lastSkipped is { } tag)
        {
            // Every delivery up to the last skipped one that is still unacknowledged is a skipped one.
            await channel.BasicNackAsync(tag, multiple: true, requeue: true, cancellationToken);
        }
        return moved;
    }

    private Task<IConnection> ConnectAsync(CancellationToken cancellationToken) => broker.ConnectAsync("dead-letter-queues", cancellationToken);

    private static string ErrorQueue(string queue) =>
        IsValidQueueName(queue) ? queue + ErrorSuffix : throw new ArgumentException("Not a valid queue name.", nameof(queue));

    private static DeadLetter Describe(BasicGetResult result)
    {
        var headers = result.BasicProperties.Headers;
        return new DeadLetter(
            result.BasicProperties.MessageId,
            Header(headers, "MT-MessageType") ?? result.BasicProperties.Type,
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"),
            Header(headers, "MT-Fault-Timestamp"),
            result.Body.Length,
            MunicipalityOf(result.Body));
    }

    /// <summary>
    /// The tenant of a dead letter: <c>municipalityId</c> of the message inside MassTransit's envelope (every
    /// integration event carries it). Null when the body is not such an envelope, so only an operator sees it.
    /// </summary>
    public static string? MunicipalityOf(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var message = root.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            return message.TryGetProperty("municipalityId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                _ => value.ToString(),
            }
            : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,200}$")]
    private static partial Regex QueueName();
}
