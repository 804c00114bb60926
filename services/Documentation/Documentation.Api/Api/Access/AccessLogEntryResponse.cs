using CareServices.Documentation.Domain.Access;

namespace CareServices.Documentation.Api.Api.Access;

public sealed record AccessLogEntryResponse(DateTimeOffset At, Guid StaffId, string StaffName, string Role, string What, string Basis, string? EmergencyReason)
{
    public static AccessLogEntryResponse From(AccessLogEntry e) => new(e.At, e.StaffId, e.StaffName, e.Role, e.What, e.Basis, e.EmergencyReason);
}
