namespace CareServices.AppHost.Hosting;

/// <summary>
/// A PostgreSQL server run by DCP from the Debian binaries (trust authentication on loopback, data under the
/// data folder). Its connection string has the form <c>Aspire.Hosting.PostgreSQL</c> gives, so a service cannot
/// tell it from the container.
/// </summary>
public sealed class PostgresExecutableResource(string name, string command, string dataDirectory)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string UserName = "postgres";

    // Loopback trust authentication ignores it; it is there so the same string works against a server that checks.
    internal const string Password = "postgres";

    private readonly List<PostgresExecutableDatabaseResource> _databases = [];

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    /// <summary>The folder holding the cluster, its log and socket.</summary>
    public string DataDirectory => WorkingDirectory;

    /// <summary>Every database declared on this server.</summary>
    public IReadOnlyList<PostgresExecutableDatabaseResource> Databases => _databases;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");

    internal void AddDatabase(PostgresExecutableDatabaseResource database) => _databases.Add(database);
}
