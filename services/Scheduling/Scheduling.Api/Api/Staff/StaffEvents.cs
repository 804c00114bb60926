using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Domain.Staff;

namespace CareServices.Scheduling.Api.Api.Staff;

internal static class StaffEvents
{
    public static StaffRegistered Registered(StaffMember s, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = s.MunicipalityId,
        StaffId = s.Id,
        Name = s.Name,
        Zone = s.Zone,
        Competences = s.Competences,
        Languages = s.Languages,
        AggregateVersion = s.Version,
    };

    public static StaffUpdated Updated(StaffMember s, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = s.MunicipalityId,
        StaffId = s.Id,
        Name = s.Name,
        Zone = s.Zone,
        Competences = s.Competences,
        Languages = s.Languages,
        Active = s.Active,
        AggregateVersion = s.Version,
    };
}
