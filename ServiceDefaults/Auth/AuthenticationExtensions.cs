using System.Net.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>The HTTP client that fetches the authority's discovery document and JWKS (service discovery resolves <c>http://identity</c>).</summary>
    public const string DiscoveryClientName = "oidc-discovery";

    public static TBuilder AddServiceAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(JwtSettings.SectionName).Get<JwtSettings>() ?? new JwtSettings();
        builder.Services.AddSingleton(settings);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep claim names as issued ("role", "municipality"), not the legacy SOAP URIs.
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.TokenValidationParameters = ValidationParameters(settings);
                if (settings.UsesAuthority)
                {
                    // Keys, and the issuer unless one is configured, come from the authority's discovery document.
                    options.Authority = settings.Authority;
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = SigningKeys.FromBase64(settings.SigningKey);
                }
            });
        builder.Services.AddHttpClient(DiscoveryClientName);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.Backchannel = clients.CreateClient(DiscoveryClientName);
                if (settings.ValidatedTokenCacheSeconds > 0)
                {
                    // The system clock, as the validator's lifetime check uses it, even where a host's TimeProvider is faked.
                    options.TokenHandlers.Clear();
                    options.TokenHandlers.Add(new CachingTokenHandler(
                        TimeProvider.System, TimeSpan.FromSeconds(settings.ValidatedTokenCacheSeconds), settings.ValidatedTokenCacheCapacity)
                    {
                        MapInboundClaims = false,
                    });
                }
            });

        builder.Services.Configure<ServiceClientSettings>(builder.Configuration.GetSection(ServiceClientSettings.SectionName));
        builder.Services.AddSingleton<AuthorityClient>();

        builder.Services.AddAuthorizationBuilder().AddServicePolicies();
        return builder;
    }

    /// <summary>
    /// Issuer, audience, lifetime and signature are all required, and only the pinned algorithms pass: a token with
    /// <c>alg: none</c>, or signed with HS256 by someone who holds only the public key, is refused.
    /// </summary>
    public static TokenValidationParameters ValidationParameters(JwtSettings settings) => new()
    {
        ValidIssuer = settings.UsesAuthority ? NullIfEmpty(settings.Issuer) : settings.Issuer ?? "careservices",
        ValidAudience = settings.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = settings.UsesAuthority
            ? settings.ValidAlgorithms.Length > 0 ? settings.ValidAlgorithms : JwtSettings.DefaultAlgorithms
            : [SecurityAlgorithms.HmacSha256],
        RoleClaimType = ClaimNames.Role,
        NameClaimType = ClaimNames.Name,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void AddServicePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role).RequireClaim(ClaimNames.Municipality));
        }
        authorization.AddPolicy(Policies.Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Staff).RequireClaim(ClaimNames.Municipality));
        authorization.AddPolicy(Policies.StaffOrRecipient,
            policy => policy.RequireAuthenticatedUser().RequireRole([.. Roles.Staff, Roles.Recipient]).RequireClaim(ClaimNames.Municipality));
        authorization.AddPolicy(Policies.Operations,
            policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Operator).RequireClaim(ClaimNames.Municipality));
    }
}
