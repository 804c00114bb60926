using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Activities.Api.Security;

public static class Caller
{
    public static string Subject(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";

    /// <summary>Staff act for any recipient of their municipality; a Recipient only for the one their token names.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, Guid recipientId)
    {
        if (Roles.Staff.Any(user.IsInRole))
        {
            return true;
        }
        return user.IsInRole(Roles.Recipient)
            && Guid.TryParse(user.FindFirst(ClaimNames.RecipientId)?.Value, out var own)
            && own == recipientId;
    }
}
