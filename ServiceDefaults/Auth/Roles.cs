namespace CareServices.ServiceDefaults.Auth;

/// <summary>The roles of DOMAIN.md; each is also the name of the authorization policy that requires it.</summary>
public static class Roles
{
    public const string CaseWorker = nameof(CaseWorker);
    public const string Planner = nameof(Planner);
    public const string CareWorker = nameof(CareWorker);
    public const string Nurse = nameof(Nurse);
    public const string UnitLeader = nameof(UnitLeader);
    public const string VolunteerCoordinator = nameof(VolunteerCoordinator);
    public const string Volunteer = nameof(Volunteer);
    public const string Recipient = nameof(Recipient);
    public const string Relative = nameof(Relative);
    public const string Admin = nameof(Admin);

    /// <summary>Runs the platform across municipalities (dead letters of every tenant); sees no care records.</summary>
    public const string Operator = nameof(Operator);

    public static readonly IReadOnlyList<string> All =
    [
        CaseWorker, Planner, CareWorker, Nurse, UnitLeader, VolunteerCoordinator, Volunteer, Recipient, Relative, Admin, Operator,
    ];

    /// <summary>Municipal employees, as opposed to recipients, relatives and volunteers.</summary>
    public static readonly IReadOnlyList<string> Staff = [CaseWorker, Planner, CareWorker, Nurse, UnitLeader, VolunteerCoordinator, Admin];
}
