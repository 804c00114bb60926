namespace CareServices.ServiceDefaults.Auth;

/// <summary>Policies beyond the one-per-role policies named after <see cref="Roles"/>.</summary>
public static class Policies
{
    /// <summary>Any municipal employee.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Any municipal employee, or a recipient (whose own-record rules the service applies).</summary>
    public const string StaffOrRecipient = nameof(StaffOrRecipient);

    /// <summary>Operations endpoints (dead letters, the aggregated health view): a municipality's Admin or a platform Operator.</summary>
    public const string Operations = nameof(Operations);
}
