using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CareServices.AppHost.Hosting;

/// <summary><c>AddRedis</c> for machines without a container runtime.</summary>
public static class RedisExecutableBuilderExtensions
{
    /// <summary>Adds <c>redis-server</c> on a free loopback port with its files in <c>&lt;dataDirectory&gt;/&lt;name&gt;</c>; healthy once it answers PING.</summary>
    public static IResourceBuilder<RedisExecutableResource> AddRedisExecutable(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = Path.Combine(dataDirectory, name);
        var port = LocalServerPorts.Load(dataDirectory).For(name);
        var server = new RedisExecutableResource(name, "redis-server", directory);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, (_, _) =>
        {
            DebianPackages.Require(server.Command, "redis-server");
            Directory.CreateDirectory(directory);
            return Task.CompletedTask;
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                var address = await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
                await using var connection = await ConnectionMultiplexer.ConnectAsync($"{address},abortConnect=true,connectTimeout=3000").ConfigureAwait(false);
                await connection.GetDatabase().PingAsync().ConfigureAwait(false);
                return HealthCheckResult.Healthy();
            }
            catch (RedisException e)
            {
                return HealthCheckResult.Unhealthy(e.Message, e);
            }
        });

        return builder.AddResource(server)
            .WithEndpoint(RedisExecutableResource.PrimaryEndpointName, endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.UriScheme = "tcp";
                endpoint.IsProxied = false;
            })
            .WithArgs("--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory)
            .WithIconName("Memory")
            .WithHealthCheck(healthCheck);
    }

    /// <summary>Keeps the append-only file, so the data survives a restart of the AppHost.</summary>
    public static IResourceBuilder<RedisExecutableResource> WithPersistence(this IResourceBuilder<RedisExecutableResource> builder) =>
        builder.WithArgs("--appendonly", "yes", "--appendfsync", "everysec");
}
