using System.Globalization;
using System.Text.Json;
using CareServices.Scheduling.Domain.Staff;

namespace CareServices.Scheduling.Api.Routing;

/// <summary>
/// Durations and distances from an OSRM server's <c>table</c> service
/// (<c>GET /table/v1/{profile}/{lon,lat;…}?annotations=duration,distance</c>), the engine a municipality runs on
/// its own map data. Profiles are OSRM's <c>driving</c>, <c>cycling</c> and <c>walking</c>; an unreachable pair
/// (null in the answer) falls back to the straight-line estimate so one missing road does not fail a plan.
/// </summary>
public sealed class OsrmTravelTimes(HttpClient http, StraightLineTravelTimes fallback) : ITravelTimeSource
{
    public async Task<TravelTable> TableAsync(IReadOnlyList<GeoPoint> points, string transportMode, CancellationToken cancellationToken)
    {
        var profile = transportMode switch
        {
            TransportModes.Bicycle => "cycling",
            TransportModes.Walking => "walking",
            _ => "driving",
        };
        var coordinates = string.Join(';', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:0.######},{p.Latitude:0.######}")));
        using var response = await http.GetAsync($"table/v1/{profile}/{coordinates}?annotations=duration,distance", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.GetProperty("code").GetString() != "Ok")
        {
            throw new InvalidOperationException($"OSRM table answered {root.GetProperty("code").GetString()}.");
        }
        var estimate = await fallback.TableAsync(points, transportMode, cancellationToken);
        var n = points.Count;
        var minutes = new double[n * n];
        var km = new double[n * n];
        var durations = root.GetProperty("durations");
        var distances = root.TryGetProperty("distances", out var d) ? d : default;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var seconds = durations[i][j];
                minutes[i * n + j] = seconds.ValueKind == JsonValueKind.Number ? Math.Round(seconds.GetDouble() / 60, 1) : estimate.Minutes[i * n + j];
                var metres = distances.ValueKind == JsonValueKind.Array ? distances[i][j] : default;
                km[i * n + j] = metres.ValueKind == JsonValueKind.Number ? metres.GetDouble() / 1000 : estimate.Kilometres[i * n + j];
            }
        }
        return new TravelTable(n, minutes, km);
    }
}
