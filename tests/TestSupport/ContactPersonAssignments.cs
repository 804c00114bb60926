using CareServices.Contracts.Scheduling;

namespace CareServices.TestSupport;

/// <summary>
/// Scheduling's <see cref="ContactPersonAssigned"/> as consumers receive it: at a version, or without one as a release
/// before versions published it. The primary acts; <paramref name="at"/> is the sender's clock.
/// </summary>
public static class ContactPersonAssignments
{
    public static ContactPersonAssigned Assigned(Guid recipientId, Guid primary, string primaryName, int? version, DateTimeOffset at, string municipality = "1848") => new()
    {
        OccurredAt = at,
        MunicipalityId = municipality,
        RecipientId = recipientId,
        Primary = new ContactPersonRef { StaffId = primary, Name = primaryName },
        Acting = new ContactPersonRef { StaffId = primary, Name = primaryName },
        Reason = "assigned",
        EffectiveFrom = DateOnly.FromDateTime(at.UtcDateTime),
        AggregateVersion = version,
    };
}
