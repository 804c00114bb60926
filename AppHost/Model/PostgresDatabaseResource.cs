using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Model;

/// <summary>One service's database; created at start when missing.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "database";

    public PostgresServerResource Server { get; } = server;

    public string GetConnectionString(ServerConnections servers, IsolationNames isolation) =>
        $"{servers.Postgres.TrimEnd(';')};Database={isolation.DatabaseName(Name)}";
}
