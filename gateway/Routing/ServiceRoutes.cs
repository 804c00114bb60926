using Yarp.ReverseProxy.Configuration;

namespace CareServices.Gateway.Routing;

/// <summary>One route and one cluster per service: <c>/api/{service}/**</c> to <c>http://{service}</c>.</summary>
public static class ServiceRoutes
{
    public static IReadOnlyList<RouteConfig> Routes(GatewaySettings settings) =>
        settings.Services.Select(service => new RouteConfig
        {
            RouteId = service.Key,
            ClusterId = service.Key,
            AuthorizationPolicy = service.Value.Policy,
            Match = new RouteMatch { Path = $"/api/{service.Key}/{{**rest}}" },
        }).ToList();

    /// <summary>
    /// Destinations name the service only (<c>http://assessment</c>); <see cref="ConfigurationDestinationResolver"/>
    /// turns that into the address service discovery gives.
    /// </summary>
    public static IReadOnlyList<ClusterConfig> Clusters(GatewaySettings settings) =>
        settings.Services.Select(service => new ClusterConfig
        {
            ClusterId = service.Key,
            Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
            {
                [service.Key] = new() { Address = $"http://{service.Key}" },
            },
        }).ToList();
}
