namespace CareServices.Assessment.Api.Api.Municipalities;

public sealed record ZoneDto(string? Name, double? Latitude, double? Longitude);
