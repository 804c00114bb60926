using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace CareServices.Activities.Api.Security;

/// <summary>Who may do what in Activities, beyond the policies of ServiceDefaults.</summary>
public static class ActivitiesPolicies
{
    /// <summary>Organisers, activities, volunteers and their matches: the volunteer centre's coordinators.</summary>
    public const string Coordinators = "activities:coordinators";

    /// <summary>The monthly calendar: anyone of the municipality with a token (staff, recipients, relatives, volunteers).</summary>
    public const string CalendarReaders = "activities:calendar-readers";

    /// <summary>Sign-ups: staff on a recipient's behalf, or the recipient for themselves.</summary>
    public const string SignUpMakers = "activities:sign-up-makers";

    public static IServiceCollection AddActivitiesPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Coordinators, Require([Roles.VolunteerCoordinator, Roles.Admin]))
            .AddPolicy(CalendarReaders, Require([.. Roles.All]))
            .AddPolicy(SignUpMakers, Require([.. Roles.Staff, Roles.Recipient]));
        return services;
    }

    private static Action<AuthorizationPolicyBuilder> Require(string[] roles) =>
        policy => policy.RequireAuthenticatedUser().RequireRole(roles).RequireClaim(ClaimNames.Municipality);
}
