namespace CareServices.AppHost.Servers;

/// <summary>
/// Names that keep one run apart from others on shared servers: a suffix for every database and a RabbitMQ
/// virtual host. Tests set both so parallel runs never see each other's rows or queues.
/// </summary>
public sealed record IsolationNames(string? DatabaseSuffix, string? VirtualHost)
{
    public static IsolationNames None { get; } = new(null, null);

    public static IsolationNames Unique(string prefix)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new IsolationNames($"{prefix}_{id}", $"{prefix}_{id}");
    }

    public string DatabaseName(string resourceName) =>
        string.IsNullOrEmpty(DatabaseSuffix) ? resourceName : $"{resourceName}_{DatabaseSuffix}";

    /// <summary>The broker URI with this run's virtual host as its path; without one the URI is kept.</summary>
    public string AmqpUri(string brokerUri)
    {
        if (string.IsNullOrEmpty(VirtualHost))
        {
            return brokerUri;
        }

        var builder = new UriBuilder(brokerUri) { Path = "/" + Uri.EscapeDataString(VirtualHost) };
        return builder.Uri.AbsoluteUri;
    }
}
