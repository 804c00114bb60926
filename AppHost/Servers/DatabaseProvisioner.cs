using Npgsql;

namespace CareServices.AppHost.Servers;

/// <summary>Creates each service's database when missing (services then apply their own migrations).</summary>
internal static class DatabaseProvisioner
{
    private const string DuplicateDatabase = "42P04";

    public static async Task CreateMissingAsync(string postgres, IEnumerable<string> databases, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(postgres, cancellationToken).ConfigureAwait(false);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(database)}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
            {
                // Created concurrently by another AppHost: what was wanted.
            }
        }
    }

    public static async Task DropAsync(string postgres, IEnumerable<string> databases, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(postgres, cancellationToken).ConfigureAwait(false);
        foreach (var database in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string postgres, CancellationToken cancellationToken)
    {
        // No pooling: this connection is used once at start and once at stop.
        var builder = new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
