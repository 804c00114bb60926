using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareServices.AppHost.Hosting;

/// <summary><c>AddPostgres</c> for machines without a container runtime: the Debian server as a DCP executable.</summary>
public static class PostgresExecutableBuilderExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server that runs <c>postgres</c> from the Debian package on a free loopback port, with its
    /// cluster in <c>&lt;dataDirectory&gt;/postgres</c> (initialised at the first start). Healthy once it answers a query.
    /// </summary>
    public static IResourceBuilder<PostgresExecutableResource> AddPostgresExecutable(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = Path.Combine(dataDirectory, name);
        var bin = DebianPackages.PostgresBin;
        var (command, leading) = ServerUser.As(ServerUser.Postgres, Path.Combine(bin, "postgres"));
        var port = LocalServerPorts.Load(dataDirectory).For(name);
        var server = new PostgresExecutableResource(name, command, directory);

        // The cluster may live elsewhere when the postgres user cannot reach the data folder (see ServerUser).
        var cluster = Path.Combine(directory, "cluster");
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (_, cancellationToken) =>
        {
            DebianPackages.Require(Path.Combine(bin, "postgres"), "postgresql");
            cluster = Path.Combine(await ServerUser.OwnedDirectoryAsync(ServerUser.Postgres, directory, cancellationToken).ConfigureAwait(false), "cluster");
            if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
            {
                var (exitCode, output) = await ServerUser.RunAsync(ServerUser.Postgres, Path.Combine(bin, "initdb"),
                    ["-D", cluster, "--no-sync", "-A", "trust", "-U", PostgresExecutableResource.UserName, "-E", "UTF8", "--no-locale"],
                    cancellationToken).ConfigureAwait(false);
                if (exitCode != 0)
                {
                    throw new DistributedApplicationException($"initdb failed ({exitCode}): {output}");
                }
            }
        });

        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = new NpgsqlConnection(connectionString + ";Database=postgres");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var database in server.Databases)
            {
                await CreateDatabaseAsync(connection, database.DatabaseName, logger, cancellationToken).ConfigureAwait(false);
                // DCP runs the server, not its databases: a database is running once it exists, and its health
                // check (which WaitFor waits on) starts then.
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                }).ConfigureAwait(false);
            }
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, cancellationToken =>
            QueryAsync(server.ConnectionStringExpression, "postgres", cancellationToken));

        return builder.AddResource(server)
            .WithEndpoint(PostgresExecutableResource.PrimaryEndpointName, endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.UriScheme = "tcp";
                endpoint.IsProxied = false;
            })
            .WithArgs(context =>
            {
                foreach (var argument in leading)
                {
                    context.Args.Add(argument);
                }

                // Logs go to stderr, where DCP collects them for the dashboard's console view.
                foreach (var argument in new[]
                {
                    "-D", cluster, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
                })
                {
                    context.Args.Add(argument);
                }
            })
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheck);
    }

    /// <summary>Adds a database that is created on <paramref name="builder"/>'s server once it is ready; healthy once it accepts connections.</summary>
    public static IResourceBuilder<PostgresExecutableDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresExecutableResource> builder, [ResourceName] string name, string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = new PostgresExecutableDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.AddDatabase(database);

        var healthCheck = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, cancellationToken =>
            QueryAsync(builder.Resource.ConnectionStringExpression, database.DatabaseName, cancellationToken));

        return builder.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, builder.Resource.Name)],
            })
            .WithIconName("Database")
            .WithHealthCheck(healthCheck);
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnection connection, string database, ILogger logger, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        // Database names cannot be parameters; a quoted identifier with doubled quotes is safe.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Created database {Database}", database);
    }

    private static async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> QueryAsync(
        ReferenceExpression server, string database, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await server.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = new NpgsqlConnection($"{connectionString};Database={database};Timeout=5;Pooling=false");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var query = new NpgsqlCommand("SELECT 1", connection);
            await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy(e.Message, e);
        }
    }
}
