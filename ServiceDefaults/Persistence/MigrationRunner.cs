using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareServices.ServiceDefaults.Persistence;

/// <summary>
/// Applies EF Core migrations before the host starts listening. A PostgreSQL advisory lock makes replicas
/// that start together take turns, so two never run the same migration.
/// </summary>
public sealed partial class MigrationRunner<TContext>(IServiceProvider services, string connectionString) : IHostedService
    where TContext : DbContext
{
    // Any fixed 64-bit number works; it only has to be the same for every replica of every service.
    private const long MigrationLockKey = 0x43617265_4D696772;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<MigrationRunner<TContext>>>();
        await DatabaseCreator.EnsureExistsAsync(connectionString, cancellationToken);

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, typeof(TContext).Name, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        finally
        {
            await ExecuteAsync(lockConnection, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {Context}")]
    private static partial void LogApplying(ILogger logger, string context, int count);
}
