namespace CareServices.Scheduling.Domain.Staff;

/// <summary>The editable details of a staff member, validated before they reach <see cref="StaffMember"/>.</summary>
public sealed record StaffDetails(
    string Name,
    IReadOnlyList<string> Competences,
    string Zone,
    int EmploymentPercentage,
    IReadOnlyList<string> Languages,
    string TransportMode,
    double BaseLatitude,
    double BaseLongitude);
