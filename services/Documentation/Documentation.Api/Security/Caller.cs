using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Documentation.Api.Security;

/// <summary>Who is calling, as the access log records them.</summary>
public sealed record Caller(Guid? StaffId, string? Name, string Role, Guid? OwnRecipientId, bool IsStaff, bool ActsAsUnitLeader)
{
    /// <summary>Links a staff token to the staff member's record in Scheduling.</summary>
    public const string StaffIdClaim = ClaimNames.StaffId;

    public static Caller From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirst(StaffIdClaim)?.Value, out var staffId) ? staffId : null,
        user.FindFirst(ClaimNames.Name)?.Value,
        // The role the caller acts in; the most privileged when a token carries several.
        Roles.All.FirstOrDefault(user.IsInRole) ?? "unknown",
        Guid.TryParse(user.FindFirst(ClaimNames.RecipientId)?.Value, out var recipientId) ? recipientId : null,
        Roles.Staff.Any(user.IsInRole),
        user.IsInRole(Roles.UnitLeader));
}
