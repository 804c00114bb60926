using CareServices.Gateway.Health;
using CareServices.Gateway.RateLimiting;
using CareServices.Gateway.Routing;

namespace CareServices.Gateway;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(GatewaySettings.SectionName).Get<GatewaySettings>() ?? new GatewaySettings();
        builder.Services.AddSingleton(settings);

        builder.Services.AddReverseProxy()
            .LoadFromMemory(ServiceRoutes.Routes(settings), ServiceRoutes.Clusters(settings))
            .AddTransforms(context => context.AddCorrelationIdForwarding())
            .AddServiceDiscoveryDestinationResolver();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewaySettings.AuthenticatedPolicy, policy => policy.RequireAuthenticatedUser());

        builder.AddPerUserRateLimit(settings.RateLimit);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(settings.AllowedOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders(ServiceDefaults.Telemetry.CorrelationIdMiddleware.HeaderName, "Retry-After")));
        builder.AddServicesHealthChecks(settings);
        return builder;
    }
}
