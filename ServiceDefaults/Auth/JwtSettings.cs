namespace CareServices.ServiceDefaults.Auth;

/// <summary>
/// Configuration section <c>Authentication:Jwt</c>. Either <see cref="Authority"/> (an OIDC provider whose keys
/// are discovered) or <see cref="SigningKey"/> (base64 symmetric key, what the AppHost generates per run).
/// </summary>
public sealed class JwtSettings
{
    public const string SectionName = "Authentication:Jwt";

    public string Issuer { get; set; } = "careservices";
    public string Audience { get; set; } = "careservices";
    public string? SigningKey { get; set; }
    public string? Authority { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;
}
