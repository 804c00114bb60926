using System.Text.Json;
using CareServices.ServiceDefaults.Messaging;
using CareServices.TestSupport;
using RabbitMQ.Client;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A queue of the test's own bound to an event's exchange, to read what the dispatcher really put on the wire.</summary>
public sealed class QueueProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private QueueProbe(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<QueueProbe> BindAsync(IsolatedServers servers, string exchange)
    {
        var broker = RabbitMqAddress.Parse(servers.RabbitMq);
        var connection = await broker.ConnectAsync("queue-probe", CancellationToken.None);
        var channel = await connection.CreateChannelAsync();
        // Declared as MassTransit declares a message type's exchange, so the dispatcher's declaration matches it.
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, string.Empty);
        return new QueueProbe(connection, channel, queue);
    }

    /// <summary>The next message's JSON body (MassTransit's envelope).</summary>
    public async Task<JsonElement> NextAsync()
    {
        BasicGetResult? result = null;
        Assert.True(await Eventually.UntilAsync(async () => (result = await _channel.BasicGetAsync(_queue, autoAck: true)) is not null));
        return JsonDocument.Parse(result!.Body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
