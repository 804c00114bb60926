using CareServices.ServiceDefaults;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareServices.Gateway.Health;

/// <summary>
/// The operators' view of every service behind the gateway: <c>/health/services</c> asks each one's <c>/health</c>.
/// It is not the gateway's readiness (<c>/health</c>), which is the gateway's own: one unhealthy service must not
/// take the gateway, and every other service's route with it, out of service.
/// </summary>
public static class ServicesHealth
{
    public const string HttpClientName = "service-health";
    public const string Path = "/health/services";

    public static WebApplicationBuilder AddServicesHealthChecks(this WebApplicationBuilder builder, GatewaySettings settings)
    {
        // A readiness probe must report what it sees now: retries would hide a failing service and outlast the
        // probe's own timeout. The API is marked experimental but is the supported way to opt one client out.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        var checks = builder.Services.AddHealthChecks();
        foreach (var service in settings.Services.Keys)
        {
            checks.Add(new HealthCheckRegistration(
                service,
                provider => new ServiceHealthCheck(provider.GetRequiredService<IHttpClientFactory>(), service),
                failureStatus: HealthStatus.Unhealthy,
                tags: [Extensions.AggregateTag]));
        }
        return builder;
    }

    /// <summary>Maps <see cref="Path"/> for Admins and Operators (each call fans out to every service).</summary>
    public static IEndpointRouteBuilder MapServicesHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Extensions.AggregateTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).RequireAuthorization(Policies.Operations);
        return app;
    }

    private sealed class ServiceHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                using var response = await clients.CreateClient(HttpClientName).GetAsync($"http://{service}/health", cancellationToken);
                return response.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : new HealthCheckResult(context.Registration.FailureStatus, $"{service} answered {(int)response.StatusCode}");
            }
            catch (HttpRequestException e)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"{service} did not answer", e);
            }
        }
    }
}
