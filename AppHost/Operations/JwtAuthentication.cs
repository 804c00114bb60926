using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.AppHost.Operations;

/// <summary>
/// How the services and the gateway learn to trust tokens: issuer, audience and one HS256 signing key made per
/// run (a secret parameter). Replacing this with an identity provider means changing <see cref="WithJwtAuthentication"/>
/// to hand out its authority instead, and <see cref="CreateOperatorToken"/> to ask it for a client-credentials token.
/// </summary>
public static class JwtAuthentication
{
    public const string Issuer = "careservices-dev";
    public const string Audience = "careservices";

    /// <summary>
    /// A random signing key per run, never written into a published manifest. 44 letters and digits are valid
    /// base64 for 33 bytes, which is what the services decode (at least 256 bits).
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddJwtSigningKey(this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var key = ParameterResourceBuilderExtensions.CreateGeneratedParameter(builder, name, secret: true, new GenerateParameterDefault
        {
            MinLength = 44,
            Lower = true,
            Upper = true,
            Numeric = true,
            Special = false,
        });
        return builder.AddResource(key);
    }

    /// <summary>The <c>Authentication__Jwt__*</c> settings every service reads.</summary>
    public static IResourceBuilder<T> WithJwtAuthentication<T>(this IResourceBuilder<T> builder, IResourceBuilder<ParameterResource> signingKey)
        where T : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(signingKey);
        return builder
            .WithEnvironment("Authentication__Jwt__Issuer", Issuer)
            .WithEnvironment("Authentication__Jwt__Audience", Audience)
            .WithEnvironment("Authentication__Jwt__SigningKey", signingKey);
    }

    /// <summary>A five-minute Operator token for the AppHost's own calls to a service's admin API; its subject names the dashboard operator.</summary>
    public static async Task<string> CreateOperatorToken(ParameterResource signingKey, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(time);
        var key = await signingKey.GetValueAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The JWT signing key has no value.");
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", "dashboard-operator"),
                new Claim("name", "Dashboard operator"),
                new Claim("role", "Operator"),
                // An operator works across municipalities; every policy still requires the claim.
                new Claim("municipality", "0000"),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
