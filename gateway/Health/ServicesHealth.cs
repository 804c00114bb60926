using CareServices.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareServices.Gateway.Health;

/// <summary>
/// The gateway is ready when every service behind it is: <c>/health</c> asks each one's <c>/health</c>.
/// <c>/alive</c> stays local, so a failing service never gets the gateway restarted.
/// </summary>
public static class ServicesHealth
{
    public const string HttpClientName = "service-health";

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
                tags: [Extensions.ReadyTag]));
        }
        return builder;
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
