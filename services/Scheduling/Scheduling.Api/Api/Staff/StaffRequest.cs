namespace CareServices.Scheduling.Api.Api.Staff;

public sealed record StaffRequest(
    string? Name,
    IReadOnlyList<string>? Competences,
    string? Zone,
    int? EmploymentPercentage,
    IReadOnlyList<string>? Languages,
    string? TransportMode,
    double? BaseLatitude,
    double? BaseLongitude);
