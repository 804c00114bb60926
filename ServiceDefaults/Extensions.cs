using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Health;
using CareServices.ServiceDefaults.Json;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Telemetry;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace CareServices.ServiceDefaults;

/// <summary>
/// The defaults every CareServices host shares, under the entry names of the Aspire ServiceDefaults template.
/// </summary>
public static class Extensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    /// <summary>Checks of other hosts (the gateway's view of every service): shown on an operator endpoint, never part of readiness.</summary>
    public const string AggregateTag = "aggregate";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceProblemDetails();
        builder.Services.ConfigureServiceJson();
        builder.AddServiceAuthentication();
        builder.Services.AddTenancy();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> (readiness: this host's own checks) and <c>/alive</c> (liveness: the process only), open to
    /// anyone because probes carry no token.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => !check.Tags.Contains(AggregateTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Maps <c>/alive</c> (process only) and <c>/health</c> (this host's own checks: its database decides, broker and
    /// Redis show as Degraded with 200) in every environment, because
    /// Kubernetes probes need them in production too; the OpenAPI document (Scalar UI in Development); and, in a
    /// host with a bus, the dead-letter admin endpoints.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseServiceProblemDetails();
        app.UseCorrelationId();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthEndpoints();

        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }
        if (app.Services.GetService<DeadLetterQueues>() is not null)
        {
            app.MapDeadLetterApi();
        }
        return app;
    }
}
