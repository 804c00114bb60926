namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>
/// One environment a municipality runs. Servers are external (managed PostgreSQL, RabbitMQ, Redis reached through
/// the connection strings in each service's Secret) except where <see cref="InClusterServers"/> runs them beside
/// the services for development.
/// </summary>
public sealed record Overlay(
    string Name,
    string Namespace,
    string AspNetCoreEnvironment,
    int Replicas,
    string Host,
    string? TlsSecret,
    bool InClusterServers,
    bool FromRegistry)
{
    public const string ExampleHost = "careservices.example.org";

    public static IReadOnlyList<Overlay> All { get; } =
    [
        // Development also maps the gateway's /dev/token: for a developer's own cluster only.
        new("dev", "careservices-dev", "Development", 1, "careservices.localtest.me", null, InClusterServers: true, FromRegistry: false),
        new("staging", "careservices-staging", "Staging", 1, "careservices.staging.example.org", "careservices-tls", InClusterServers: false, FromRegistry: true),
        new("production", "careservices", "Production", 2, ExampleHost, "careservices-tls", InClusterServers: false, FromRegistry: true),
    ];
}
