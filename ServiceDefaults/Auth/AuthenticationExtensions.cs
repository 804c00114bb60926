using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
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
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RoleClaimType = ClaimNames.Role,
                    NameClaimType = ClaimNames.Name,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (!string.IsNullOrWhiteSpace(settings.Authority))
                {
                    options.Authority = settings.Authority;
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = SigningKeys.FromBase64(settings.SigningKey);
                }
            });

        builder.Services.AddAuthorizationBuilder().AddServicePolicies();
        return builder;
    }

    private static void AddServicePolicies(this Microsoft.AspNetCore.Authorization.AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role).RequireClaim(ClaimNames.Municipality));
        }
        authorization.AddPolicy(Policies.Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Staff).RequireClaim(ClaimNames.Municipality));
        authorization.AddPolicy(Policies.StaffOrRecipient,
            policy => policy.RequireAuthenticatedUser().RequireRole([.. Roles.Staff, Roles.Recipient]).RequireClaim(ClaimNames.Municipality));
    }
}
