using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Notifications.Api.Feed;

/// <summary>
/// The person a token stands for, as notifications are addressed: a staff member's <c>staff_id</c>, a recipient's
/// <c>recipient_id</c>, or else the subject when it is an id (relatives, volunteers).
/// </summary>
public static class CallerPerson
{
    public const string StaffIdClaim = "staff_id";

    public static Guid? IdOf(ClaimsPrincipal user)
    {
        foreach (var claim in new[] { StaffIdClaim, ClaimNames.RecipientId, ClaimNames.Subject })
        {
            if (Guid.TryParse(user.FindFirst(claim)?.Value, out var id))
            {
                return id;
            }
        }
        return null;
    }
}
