using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Api.Api.Activities;

public sealed record PlaceDto(string? Name, string? Address, double? Latitude, double? Longitude, bool WheelchairAccessible, bool HearingLoop)
{
    public static PlaceDto From(Place p) => new(p.Name, p.Address, p.Latitude, p.Longitude, p.WheelchairAccessible, p.HearingLoop);
}
