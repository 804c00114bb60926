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
        }).Concat(PublicRoutes(settings)).ToList();

    /// <summary>
    /// The activity calendar's iCalendar feed (<c>/public/{municipality}/calendar.ics</c>): public information a phone
    /// subscribes to without a token, so it is routed anonymously; the per-caller rate limit still applies (per address).
    /// </summary>
    private static IEnumerable<RouteConfig> PublicRoutes(GatewaySettings settings) =>
        settings.Services.ContainsKey("activities")
            ? [new RouteConfig
            {
                RouteId = "activities-public-calendar",
                ClusterId = "activities",
                AuthorizationPolicy = "Anonymous",
                Match = new RouteMatch { Path = "/public/{municipality}/calendar.ics", Methods = ["GET", "HEAD"] },
            }]
            : [];

    /// <summary>
    /// Destinations name the service only (<c>http://assessment</c>); service discovery's YARP destination resolver
    /// turns that into the addresses of <c>services:assessment:http</c>.
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
