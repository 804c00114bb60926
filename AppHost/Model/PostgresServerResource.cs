namespace CareServices.AppHost.Model;

/// <summary>The PostgreSQL server; each service gets its own database on it.</summary>
public sealed class PostgresServerResource(string name, DistributedApplicationBuilder builder) : Resource(name)
{
    private readonly List<PostgresDatabaseResource> _databases = [];

    public override string Kind => "postgres";

    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    public PostgresDatabaseResource AddDatabase(string name)
    {
        var database = new PostgresDatabaseResource(name, this);
        database.WaitsFor.Add(this);
        _databases.Add(database);
        builder.Add(database);
        return database;
    }
}
