namespace CareServices.ServiceDefaults.Auth;

/// <summary>Policies beyond the one-per-role policies named after <see cref="Roles"/>.</summary>
public static class Policies
{
    /// <summary>Any municipal employee.</summary>
    public const string Staff = nameof(Staff);
}
