using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace CareServices.Notifications.Api;

/// <summary>Notifications' own policies beyond ServiceDefaults' role policies.</summary>
public static class NotificationPolicies
{
    /// <summary>Anyone signed in for a municipality (staff, recipients, relatives, volunteers): their own feed and preferences.</summary>
    public const string AnyPerson = nameof(AnyPerson);

    /// <summary>Those who keep staff contact data: Admins and UnitLeaders.</summary>
    public const string StaffContactEditors = nameof(StaffContactEditors);

    public static AuthorizationBuilder AddNotificationPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(AnyPerson, policy => policy.RequireAuthenticatedUser().RequireClaim(ClaimNames.Municipality))
        .AddPolicy(StaffContactEditors, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.UnitLeader).RequireClaim(ClaimNames.Municipality));
}
