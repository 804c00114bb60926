using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.TestSupport;

/// <summary>
/// Real JWTs signed (RS256) with a key made for this test run. The hosts under test find the public key through
/// <see cref="TestAuthority"/>'s discovery document and validate these tokens as in production.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "careservices-test";
    public const string Audience = "careservices";

    /// <summary>The configuration keys a host needs to accept these tokens (starts the test authority).</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"{JwtSettings.SectionName}:Authority"] = TestAuthority.Url,
        [$"{JwtSettings.SectionName}:Issuer"] = Issuer,
        [$"{JwtSettings.SectionName}:Audience"] = Audience,
        // The test authority is plain HTTP on loopback; production authorities are HTTPS.
        [$"{JwtSettings.SectionName}:RequireHttpsMetadata"] = "false",
    };

    /// <summary>
    /// A token for <paramref name="role"/> in <paramref name="municipality"/>. A non-empty <paramref name="signingKey"/>
    /// (base64) signs it HS256 with that key instead: a forged token no host accepts.
    /// </summary>
    public static string For(
        string role, string municipality = "1848", string? subject = null, string signingKey = "", Guid? recipientId = null, Guid? staffId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, subject ?? $"test-{role.ToLowerInvariant()}"),
            new(ClaimNames.Role, role),
            new(ClaimNames.Municipality, municipality),
        };
        if (recipientId is { } recipient)
        {
            claims.Add(new Claim(ClaimNames.RecipientId, recipient.ToString()));
        }
        if (staffId is { } staff)
        {
            claims.Add(new Claim(ClaimNames.StaffId, staff.ToString()));
        }
        var descriptor = Descriptor(claims);
        if (signingKey.Length > 0)
        {
            descriptor.SigningCredentials = new SigningCredentials(SigningKeys.FromBase64(signingKey), SecurityAlgorithms.HmacSha256);
        }
        return Sign(descriptor);
    }

    /// <summary>A valid token's description (issuer, audience, one hour, RS256 with the authority's key) to vary in forgery tests.</summary>
    public static SecurityTokenDescriptor Descriptor(IEnumerable<Claim> claims)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(TestAuthority.SigningKey, SecurityAlgorithms.RsaSha256),
        };
    }

    public static string Sign(SecurityTokenDescriptor descriptor) => new JsonWebTokenHandler().CreateToken(descriptor);
}
