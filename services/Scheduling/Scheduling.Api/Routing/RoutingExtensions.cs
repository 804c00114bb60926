namespace CareServices.Scheduling.Api.Routing;

public static class RoutingExtensions
{
    /// <summary>OSRM when <c>Routing:Osrm:Url</c> is set, straight lines otherwise.</summary>
    public static IServiceCollection AddTravelTimes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<StraightLineTravelTimes>();
        if (configuration["Routing:Osrm:Url"] is { Length: > 0 } url)
        {
            services.AddHttpClient<ITravelTimeSource, OsrmTravelTimes>(http =>
            {
                http.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
                http.Timeout = TimeSpan.FromSeconds(30);
            });
        }
        else
        {
            services.AddSingleton<ITravelTimeSource>(s => s.GetRequiredService<StraightLineTravelTimes>());
        }
        return services;
    }
}
