namespace CareServices.Activities.Api.Api.Volunteers;

public sealed record VolunteerRequest(
    string? Name, string? Phone, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Interests, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Zones, IReadOnlyList<WeeklySlotDto>? Availability, double? Latitude, double? Longitude,
    DateOnly? PoliceCertificateIssuedOn, bool ConsentToContact, string? Status);
