using CareServices.ServiceDefaults.Auth;

namespace CareServices.Identity.Api.Grants;

/// <summary>
/// The grant behind the gateway's <c>POST /dev/token</c>: a client allowed to use it names the role, municipality and
/// links of the person to act as. Honoured only while the provider runs in Development.
/// </summary>
public static class DevelopmentGrant
{
    public const string GrantType = GrantTypes.Development;

    public const string RoleParameter = "role";
    public const string MunicipalityParameter = "municipality";
    public const string SubjectParameter = "subject";
    public const string RecipientIdParameter = "recipient_id";
    public const string StaffIdParameter = "staff_id";

    /// <summary>The first rule the parameters break, named by parameter; null when they are valid.</summary>
    public static string? Invalid(string? role, string? municipality, string? recipientId, string? staffId) =>
        role is null || !Roles.All.Contains(role) ? $"{RoleParameter} must be one of: {string.Join(", ", Roles.All)}"
        : municipality is not { Length: 4 } || !municipality.All(char.IsAsciiDigit) ? $"{MunicipalityParameter} must be a four-digit municipality number"
        : role == Roles.Recipient && !Guid.TryParse(recipientId, out _) ? $"{RecipientIdParameter} is required for the Recipient role"
        : recipientId is not null && !Guid.TryParse(recipientId, out _) ? $"{RecipientIdParameter} must be a GUID"
        : staffId is not null && !Guid.TryParse(staffId, out _) ? $"{StaffIdParameter} must be a GUID"
        : null;
}
