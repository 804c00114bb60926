namespace CareServices.Scheduling.Api.Routing;

/// <summary>Where travel times come from: straight lines with a road factor, or an OSRM server's table service.</summary>
public interface ITravelTimeSource
{
    Task<TravelTable> TableAsync(IReadOnlyList<GeoPoint> points, string transportMode, CancellationToken cancellationToken);
}
