using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Domain.ContactPersons;

namespace CareServices.Scheduling.Api.ContactPersons;

internal static class ContactPersonEvents
{
    public static ContactPersonAssigned Assigned(ContactAssignment a, IReadOnlyDictionary<Guid, string> names, string reason, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = a.MunicipalityId,
        RecipientId = a.RecipientId,
        Primary = new ContactPersonRef { StaffId = a.PrimaryStaffId, Name = names.GetValueOrDefault(a.PrimaryStaffId, "") },
        Secondary = a.SecondaryStaffId is { } s ? new ContactPersonRef { StaffId = s, Name = names.GetValueOrDefault(s, "") } : null,
        Acting = new ContactPersonRef { StaffId = a.ActingStaffId, Name = names.GetValueOrDefault(a.ActingStaffId, "") },
        Reason = reason,
        EffectiveFrom = a.Since,
        AggregateVersion = a.Version,
    };
}
