namespace CareServices.ServiceDefaults.Auth;

/// <summary>
/// Configuration section <c>Authentication:Jwt</c>. <see cref="Authority"/> is the OpenID Connect provider whose
/// discovery document and JWKS give the signing keys (the AppHost's identity provider, or the municipality's own).
/// <see cref="SigningKey"/> (a base64 symmetric key) is accepted only when no authority is set.
/// </summary>
public sealed class JwtSettings
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>The asymmetric algorithms accepted from an authority when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultAlgorithms = ["RS256", "PS256", "ES256"];

    /// <summary>The issuer tokens must name; when empty, the issuer of the authority's discovery document.</summary>
    public string? Issuer { get; set; }
    public string Audience { get; set; } = "careservices";
    public string? SigningKey { get; set; }
    public string? Authority { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The <c>alg</c> values accepted; empty means <see cref="DefaultAlgorithms"/>.</summary>
    public string[] ValidAlgorithms { get; set; } = [];

    /// <summary>
    /// How long a validated token is answered from memory (0: validate every request). Also the longest a token
    /// signed by a key the authority has just withdrawn is still accepted, so keep it short.
    /// </summary>
    public int ValidatedTokenCacheSeconds { get; set; } = 60;

    /// <summary>How many validated tokens are held at most.</summary>
    public int ValidatedTokenCacheCapacity { get; set; } = 10_000;

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);
}
