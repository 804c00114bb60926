using RabbitMQ.Client;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>The parts of an <c>amqp://user:password@host:port/vhost</c> connection string.</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException("ConnectionStrings:rabbitmq must be an amqp:// URI.");
        }
        var credentials = uri.UserInfo.Split(':', 2);
        var username = credentials.Length > 0 && credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var path = uri.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)(uri.Scheme == "amqps" ? 5671 : 5672) : (ushort)uri.Port;
        return new RabbitMqAddress(uri.Host, port, virtualHost, username, password);
    }

    /// <summary>A connection of its own, for what MassTransit does not do (dead letters, wait queues), named for the management UI.</summary>
    public Task<IConnection> ConnectAsync(string clientName, CancellationToken cancellationToken) => new ConnectionFactory
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = clientName,
    }.CreateConnectionAsync(cancellationToken);
}
