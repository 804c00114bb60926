using System.Security.Claims;
using System.Security.Cryptography;
using CareServices.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.TestSupport;

/// <summary>Real JWTs signed with a key made for this test run; the hosts under test validate them as in production.</summary>
public static class TestTokens
{
    public const string Issuer = "careservices-test";
    public const string Audience = "careservices";

    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The configuration keys a host needs to accept these tokens.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"{JwtSettings.SectionName}:Issuer"] = Issuer,
        [$"{JwtSettings.SectionName}:Audience"] = Audience,
        [$"{JwtSettings.SectionName}:SigningKey"] = SigningKey,
    };

    public static string For(string role, string municipality = "1848", string? subject = null, string signingKey = "")
    {
        var key = SigningKeys.FromBase64(signingKey.Length > 0 ? signingKey : SigningKey);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, subject ?? $"test-{role.ToLowerInvariant()}"),
                new Claim(ClaimNames.Role, role),
                new Claim(ClaimNames.Municipality, municipality),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
