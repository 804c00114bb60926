using CareServices.Notifications.Domain.Staff;

namespace CareServices.Notifications.Api.Api;

public sealed record StaffContactResponse(Guid Id, string Name, string? Email, string? Phone, string Language, IReadOnlyList<string> Roles, string? Zone)
{
    public static StaffContactResponse From(StaffMember s) => new(s.Id, s.Name, s.Email, s.Phone, s.Language, s.Roles, s.Zone);
}
