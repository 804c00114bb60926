namespace CareServices.Assessment.Api.Api.Municipalities;

public sealed record MunicipalityRequest(string? Name, string? Country, string? Language, IReadOnlyList<ZoneDto>? Zones);
