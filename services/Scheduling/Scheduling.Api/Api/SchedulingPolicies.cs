using CareServices.ServiceDefaults.Auth;

namespace CareServices.Scheduling.Api.Api;

/// <summary>Who may change what planning rests on: the planners and the unit's leader (and administrators).</summary>
public static class SchedulingPolicies
{
    public const string Planning = nameof(Planning);

    public static IServiceCollection AddSchedulingPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Planning, policy => policy.RequireClaim(ClaimNames.Municipality).RequireRole(Roles.Planner, Roles.UnitLeader, Roles.Admin));
        return services;
    }
}
