using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Api.Api.Municipalities;

public sealed record MunicipalityResponse(string Number, string Name, string Country, string Language, string TimeZone, IReadOnlyList<ZoneDto> Zones)
{
    public static MunicipalityResponse From(Municipality m) =>
        new(m.Number, m.Name, m.Country, m.Language, m.TimeZone, m.Zones.Select(z => new ZoneDto(z.Name, z.Latitude, z.Longitude)).ToList());
}
