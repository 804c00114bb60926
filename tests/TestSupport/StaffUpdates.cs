using CareServices.Contracts.Scheduling;

namespace CareServices.TestSupport;

/// <summary>Scheduling's <see cref="StaffUpdated"/> as consumers receive it, at a version; <paramref name="at"/> is the sender's clock.</summary>
public static class StaffUpdates
{
    public static StaffUpdated Updated(Guid staffId, string name, string zone, int? version, DateTimeOffset at, bool active = true, string municipality = "1848") => new()
    {
        OccurredAt = at,
        MunicipalityId = municipality,
        StaffId = staffId,
        Name = name,
        Zone = zone,
        Competences = ["nurse"],
        Languages = ["nb"],
        Active = active,
        AggregateVersion = version,
    };
}
