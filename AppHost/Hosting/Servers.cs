using Microsoft.Extensions.Configuration;

namespace CareServices.AppHost.Hosting;

/// <summary>
/// PostgreSQL, RabbitMQ (with management) and Redis, either as Debian binaries supervised by DCP (the default:
/// no container runtime needed) or, with <c>--containers</c>, through the official Aspire integrations. Both give
/// the services the same <c>ConnectionStrings__*</c>, so they cannot tell which one runs.
/// </summary>
public sealed class Servers
{
    /// <summary>Configuration key (command line <c>--containers</c>) that selects the container integrations.</summary>
    public const string ContainersKey = "CareServices:Containers";

    /// <summary>Configuration key (command line <c>--data-dir</c>) of the folder holding the servers' data; <c>&lt;repo&gt;/.data/servers</c> when unset.</summary>
    public const string DataDirectoryKey = "CareServices:DataDirectory";

    private readonly Func<string, IResourceBuilder<IResourceWithConnectionString>> _addDatabase;

    private Servers(
        IResourceBuilder<IResourceWithConnectionString> postgres, IResourceBuilder<IResourceWithConnectionString> rabbitMQ,
        IResourceBuilder<IResourceWithConnectionString> redis, Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
    {
        Postgres = postgres;
        RabbitMQ = rabbitMQ;
        Redis = redis;
        _addDatabase = addDatabase;
    }

    public IResourceBuilder<IResourceWithConnectionString> Postgres { get; }

    public IResourceBuilder<IResourceWithConnectionString> RabbitMQ { get; }

    public IResourceBuilder<IResourceWithConnectionString> Redis { get; }

    /// <summary>A database on the PostgreSQL server, created before anything that waits for it starts.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => _addDatabase(name);

    /// <summary>
    /// Adds the three servers the way the configuration asks (see <see cref="ContainersKey"/>). Publishing always
    /// describes the official integrations: a cluster runs the servers' images, never a developer's binaries.
    /// </summary>
    public static Servers Add(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ExecutionContext.IsPublishMode || builder.Configuration.GetValue<bool>(ContainersKey)
            ? AddContainers(builder)
            : AddExecutables(builder);
    }

    /// <summary>The folder of this run's local data (see <see cref="DataDirectoryKey"/>).</summary>
    public static string DataDirectory(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Configuration[DataDirectoryKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".data", "servers"));
    }

    private static Servers AddExecutables(IDistributedApplicationBuilder builder)
    {
        var data = DataDirectory(builder);
        var postgres = builder.AddPostgresExecutable("postgres", data);
        var rabbitmq = builder.AddRabbitMQExecutable("rabbitmq", data);
        var redis = builder.AddRedisExecutable("redis", data).WithPersistence();
        ServersEnvFile.WriteWhenReady(builder, data, postgres, rabbitmq, redis);
        return new Servers(Cast(postgres), Cast(rabbitmq), Cast(redis), name => Cast(postgres.AddDatabase(name)));
    }

    private static Servers AddContainers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume("careservices-postgres-data");
        var rabbitmq = builder.AddRabbitMQ("rabbitmq").WithManagementPlugin().WithDataVolume("careservices-rabbitmq-data");
        var redis = builder.AddRedis("redis").WithDataVolume("careservices-redis-data");
        return new Servers(Cast(postgres), Cast(rabbitmq), Cast(redis), name => Cast(postgres.AddDatabase(name)));
    }

    private static IResourceBuilder<IResourceWithConnectionString> Cast<T>(IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString =>
        builder.ApplicationBuilder.CreateResourceBuilder<IResourceWithConnectionString>(builder.Resource);
}
