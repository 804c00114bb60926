using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Scheduling.Api.Api;

/// <summary>The staff member a token speaks for (its <c>staff_id</c> claim), if any.</summary>
public static class CallerStaff
{
    public static Guid? StaffId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimNames.StaffId)?.Value, out var id) ? id : null;

    public static bool IsPlanning(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Planner) || user.IsInRole(Roles.UnitLeader) || user.IsInRole(Roles.Admin);
}
