using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace CareServices.Assessment.Api.Security;

/// <summary>
/// Who may do what in Assessment, beyond the one-role policies of ServiceDefaults (CaseWorker writes everything
/// and alone reads intake and functional assessments).
/// </summary>
public static class AssessmentPolicies
{
    /// <summary>Staff who plan or give care: recipient lists and decision summaries, no intake or assessment details.</summary>
    public const string CareStaff = "assessment:care-staff";

    /// <summary>Care staff plus the recipient, who sees only their own decisions and letters.</summary>
    public const string DecisionReaders = "assessment:decision-readers";

    /// <summary>
    /// The key-box or lock code: only a service token carrying <see cref="KeyCodeClientRole"/> (Scheduling's client
    /// credential, which checks that the visit is the asking staff member's and today's). No person's token reads it,
    /// whatever their role, so the token carries no municipality: the caller names it per request.
    /// </summary>
    public const string KeyCodeReaders = "assessment:key-code-readers";

    /// <summary>The client role the identity provider gives Scheduling's client (<c>Identity:Clients:scheduling:Roles</c>).</summary>
    public const string KeyCodeClientRole = "KeyCodes.Read";

    /// <summary>Reconciliation, review and preventive-visit lists: minutes and dates, no health details.</summary>
    public const string FollowUpReaders = "assessment:follow-up-readers";

    public static readonly string[] CareStaffRoles = [Roles.CaseWorker, Roles.Planner, Roles.CareWorker, Roles.Nurse, Roles.UnitLeader];

    public static IServiceCollection AddAssessmentPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CareStaff, Require(CareStaffRoles))
            .AddPolicy(DecisionReaders, Require([.. CareStaffRoles, Roles.Recipient]))
            .AddPolicy(FollowUpReaders, Require([Roles.CaseWorker, Roles.Planner, Roles.UnitLeader]))
            .AddPolicy(KeyCodeReaders, policy => policy.RequireAuthenticatedUser().RequireRole(KeyCodeClientRole));
        return services;
    }

    private static Action<AuthorizationPolicyBuilder> Require(string[] roles) =>
        policy => policy.RequireAuthenticatedUser().RequireRole(roles).RequireClaim(ClaimNames.Municipality);
}
