namespace CareServices.ServiceDefaults.Auth;

public static class ClaimNames
{
    /// <summary>The municipality (tenant) the token acts for: the four-digit municipality number.</summary>
    public const string Municipality = "municipality";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";
}
