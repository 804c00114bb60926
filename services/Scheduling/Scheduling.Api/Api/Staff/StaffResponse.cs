using CareServices.Scheduling.Domain.Staff;

namespace CareServices.Scheduling.Api.Api.Staff;

public sealed record StaffResponse(
    Guid Id, string Name, IReadOnlyList<string> Competences, string Zone, int EmploymentPercentage,
    IReadOnlyList<string> Languages, string TransportMode, double BaseLatitude, double BaseLongitude, bool Active)
{
    public static StaffResponse From(StaffMember s) =>
        new(s.Id, s.Name, s.Competences, s.Zone, s.EmploymentPercentage, s.Languages, s.TransportMode, s.BaseLatitude, s.BaseLongitude, s.Active);
}
