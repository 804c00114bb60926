namespace CareServices.Assessment.Api.Api;

public sealed record AddressDto(string? Street, string? PostalCode, string? City, double? Latitude, double? Longitude);
