using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace CareServices.ServiceDefaults.Caching;

public static class RedisExtensions
{
    public const string ConnectionName = "redis";

    /// <summary>
    /// One shared multiplexer from <c>ConnectionStrings:redis</c> (it is thread-safe and meant to live long) and a
    /// health check that reports Redis down as Degraded: a cache outage must not take every pod out of service while
    /// requests still succeed.
    /// </summary>
    public static TBuilder AddServiceRedis<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is missing (ConnectionStrings__{ConnectionName}).");
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is briefly down; the health check reports it and the multiplexer reconnects.
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, failureStatus: HealthStatus.Degraded, tags: [Extensions.ReadyTag]);
        return builder;
    }

    private sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:F1} ms");
            }
            catch (RedisException e)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer.", e);
            }
        }
    }
}
