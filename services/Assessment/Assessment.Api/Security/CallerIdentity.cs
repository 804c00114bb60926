using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Assessment.Api.Security;

/// <summary>Who is calling, as the journal records it, and the own-records rule for the Recipient role.</summary>
public static class CallerIdentity
{
    public static string Subject(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";

    /// <summary>The role the caller acts in for this request; the most privileged when a token carries several.</summary>
    public static string ActingRole(this ClaimsPrincipal user) =>
        Roles.All.FirstOrDefault(user.IsInRole) ?? "unknown";

    /// <summary>
    /// Staff in <see cref="AssessmentPolicies.CareStaffRoles"/> may read any recipient of their municipality; a
    /// Recipient only the one whose id their token carries in <c>recipient_id</c>.
    /// </summary>
    public static bool MayRead(this ClaimsPrincipal user, Guid recipientId)
    {
        if (AssessmentPolicies.CareStaffRoles.Any(user.IsInRole))
        {
            return true;
        }
        return user.IsInRole(Roles.Recipient)
            && Guid.TryParse(user.FindFirst(ClaimNames.RecipientId)?.Value, out var own)
            && own == recipientId;
    }
}
