namespace CareServices.ServiceDefaults.Auth;

public static class ClaimNames
{
    /// <summary>The municipality (tenant) the token acts for: the four-digit municipality number.</summary>
    public const string Municipality = "municipality";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";

    /// <summary>On a Recipient-role token: the recipient id the signed-in person is (their own records only).</summary>
    public const string RecipientId = "recipient_id";

    /// <summary>On a staff token: the staff record (Scheduling) the signed-in employee is, for work lists and care relations.</summary>
    public const string StaffId = "staff_id";

    /// <summary>OAuth client id of a service-to-service (client credentials) token.</summary>
    public const string ClientId = "client_id";
}
