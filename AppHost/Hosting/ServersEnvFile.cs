using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.AppHost.Hosting;

/// <summary>
/// Writes <c>servers.env</c> (<c>CARESERVICES_POSTGRES</c>, <c>…_RABBITMQ</c>, <c>…_RABBITMQ_MANAGEMENT</c>,
/// <c>…_REDIS</c>) once all three servers are ready, for tools, benchmarks and people with psql; a shell can
/// source it. A stale one is removed at start.
/// </summary>
internal static class ServersEnvFile
{
    public const string FileName = "servers.env";

    public static void WriteWhenReady(
        IDistributedApplicationBuilder builder, string dataDirectory,
        IResourceBuilder<PostgresExecutableResource> postgres, IResourceBuilder<RabbitMQExecutableResource> rabbitmq,
        IResourceBuilder<RedisExecutableResource> redis)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var ready = 0;
        foreach (var server in new IResource[] { postgres.Resource, rabbitmq.Resource, redis.Resource })
        {
            builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, cancellationToken) =>
            {
                if (Interlocked.Increment(ref ready) != 3)
                {
                    return;
                }

                var management = rabbitmq.Resource.ManagementEndpoint;
                var lines = new[]
                {
                    $"CARESERVICES_POSTGRES='{await postgres.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false)}'",
                    $"CARESERVICES_RABBITMQ='{await rabbitmq.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false)}/'",
                    $"CARESERVICES_RABBITMQ_MANAGEMENT='http://{management.Host}:{management.Port}/'",
                    $"CARESERVICES_REDIS='{await redis.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false)}'",
                };
                await File.WriteAllLinesAsync(path + ".tmp", lines, cancellationToken).ConfigureAwait(false);
                File.Move(path + ".tmp", path, overwrite: true);
                @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServersEnvFile).FullName!)
                    .LogInformation("Server addresses written to {Path}", path);
            });
        }

        builder.Eventing.Subscribe<BeforeStartEvent>((_, _) =>
        {
            File.Delete(path);
            return Task.CompletedTask;
        });
    }
}
