namespace CareServices.AppHost.Hosting;

/// <summary>A database on a <see cref="PostgresExecutableResource"/>, created when the server is ready.</summary>
public sealed class PostgresExecutableDatabaseResource(string name, string databaseName, PostgresExecutableResource parent)
    : Resource(name), IResourceWithParent<PostgresExecutableResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public PostgresExecutableResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
