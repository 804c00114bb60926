namespace CareServices.AppHost.Servers;

/// <summary>How to reach the three servers, in the form <c>scripts/servers.sh</c> writes to servers.env.</summary>
/// <param name="Postgres">Npgsql connection string without a database.</param>
/// <param name="RabbitMQ"><c>amqp://user:password@host:port/</c>.</param>
/// <param name="RabbitMQManagement">Management API base URL, e.g. <c>http://127.0.0.1:15672/</c>.</param>
/// <param name="Redis"><c>host:port</c>.</param>
public sealed record ServerConnections(string Postgres, string RabbitMQ, string RabbitMQManagement, string Redis)
{
    public const string PostgresVariable = "CARESERVICES_POSTGRES";
    public const string RabbitMQVariable = "CARESERVICES_RABBITMQ";
    public const string RabbitMQManagementVariable = "CARESERVICES_RABBITMQ_MANAGEMENT";
    public const string RedisVariable = "CARESERVICES_REDIS";

    /// <summary>Reads the four values from a lookup (an environment or a parsed servers.env), using a name prefix.</summary>
    /// <returns>The connections, or null when any value is missing.</returns>
    public static ServerConnections? From(Func<string, string?> lookup, string prefix = "CARESERVICES_")
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Get(string variable) => lookup(prefix + variable["CARESERVICES_".Length..]);

        var postgres = Get(PostgresVariable);
        var rabbit = Get(RabbitMQVariable);
        var management = Get(RabbitMQManagementVariable);
        var redis = Get(RedisVariable);
        return string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(rabbit)
            || string.IsNullOrWhiteSpace(management) || string.IsNullOrWhiteSpace(redis)
            ? null
            : new ServerConnections(postgres, rabbit, management, redis);
    }
}
