using CareServices.Scheduling.Domain.Staff;

namespace CareServices.Scheduling.Api.Routing;

/// <summary>
/// Great-circle distance × a road factor per transport mode, at a typical speed for that mode. Rough, but needs no
/// map data; a municipality with an OSRM server sets <c>Routing:Osrm:Url</c> instead.
/// </summary>
public sealed class StraightLineTravelTimes : ITravelTimeSource
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Road factor (road distance ÷ straight line) and speed in km/h per transport mode.</summary>
    private static readonly Dictionary<string, (double RoadFactor, double Speed)> Modes = new(StringComparer.Ordinal)
    {
        [TransportModes.Car] = (1.35, 50),
        [TransportModes.Bicycle] = (1.25, 15),
        [TransportModes.Walking] = (1.2, 4.5),
    };

    public Task<TravelTable> TableAsync(IReadOnlyList<GeoPoint> points, string transportMode, CancellationToken cancellationToken)
    {
        var (factor, speed) = Modes.GetValueOrDefault(transportMode, Modes[TransportModes.Car]);
        var n = points.Count;
        var minutes = new double[n * n];
        var km = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = i == j ? 0 : Haversine(points[i], points[j]) * factor;
                km[i * n + j] = d;
                minutes[i * n + j] = Math.Round(d / speed * 60, 1);
            }
        }
        return Task.FromResult(new TravelTable(n, minutes, km));
    }

    public static double Haversine(GeoPoint a, GeoPoint b)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
