using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CareServices.ServiceDefaults.Persistence;

public static class DatabaseExtensions
{
    /// <summary>Statements prepared per connection: a service's hot statements fit many times over.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on PostgreSQL from <c>ConnectionStrings:{name}</c> with retry on
    /// transient failures and snake_case names, a readiness check, and migrations applied at start-up.
    /// </summary>
    public static TBuilder AddServiceDatabase<TContext, TBuilder>(this TBuilder builder, string name)
        where TContext : DbContext
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"Connection string '{name}' is missing (ConnectionStrings__{name}).");
        connectionString = WithAutoPrepare(connectionString);

        builder.Services.AddSingleton<OutboxSignal>();
        // Pooled: every request and every consumed message takes a context, and building one (options included) per
        // message was a measurable share of a consumer's CPU. The contexts hold no per-request state of their own.
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new OutboxCommitInterceptor(services.GetRequiredService<OutboxSignal>())));

        // First of all hosted services (they start in order): the framework's own, such as the data-protection key
        // ring loader, may read tables the migrations create.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(services => new MigrationRunner<TContext>(services, connectionString)));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(name, tags: [Extensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Statements a connection runs again and again (the inbox insert, a read model's upsert, the outbox claim, EF's
    /// queries) are prepared on it after a few uses, so PostgreSQL parses and plans each once per connection instead of
    /// on every execution: a consumer sends one upsert per message. A connection string that sets
    /// <c>Max Auto Prepare</c> itself (0 turns it off) keeps its setting.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;
    }
}
