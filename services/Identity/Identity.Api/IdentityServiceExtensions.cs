using CareServices.Identity.Api.Clients;
using CareServices.Identity.Api.Grants;
using CareServices.Identity.Api.Keys;
using CareServices.ServiceDefaults;
using CareServices.ServiceDefaults.Json;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Telemetry;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CareServices.Identity.Api;

public static class IdentityServiceExtensions
{
    public const string TokenPath = "connect/token";

    /// <summary>
    /// The identity provider: an OpenID Connect server (OpenIddict) that signs access tokens with an RSA key and
    /// publishes it in its discovery document and JWKS. It keeps no database: clients and demo users come from
    /// configuration, tokens are self-contained JWTs that are not stored.
    /// </summary>
    public static WebApplicationBuilder AddIdentityServices(this WebApplicationBuilder builder)
    {
        // The service defaults minus token validation: this host issues tokens, it does not accept them.
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddServiceProblemDetails();
        builder.Services.ConfigureServiceJson();

        var settings = builder.Configuration.GetSection(IdentitySettings.SectionName).Get<IdentitySettings>() ?? new IdentitySettings();
        var signingKey = SigningKeyLoader.Load(settings);
        if (signingKey is null && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Set {IdentitySettings.SectionName}:SigningKeyFile (a mounted secret) or {IdentitySettings.SectionName}:SigningKeyPem: outside Development the signing key must outlive the process and be shared by every replica.");
        }
        if (settings.DemoUsersFile is { Length: > 0 } usersFile && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(usersFile))))
        {
            throw new InvalidOperationException($"{IdentitySettings.SectionName}:DemoUsersFile names a file in a folder that does not exist: {usersFile}");
        }
        if (!string.IsNullOrWhiteSpace(settings.DemoPasswordFile))
        {
            settings.DemoPassword = File.ReadAllText(settings.DemoPasswordFile).Trim();
        }
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<DemoUserDirectory>();
        builder.Services.AddSingleton<ClientAuthenticator>();

        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetTokenEndpointUris(TokenPath);
            options.AllowClientCredentialsFlow().AllowPasswordFlow().AllowCustomFlow(DevelopmentGrant.GrantType);
            if (!string.IsNullOrWhiteSpace(settings.Issuer))
            {
                options.SetIssuer(new Uri(settings.Issuer));
            }
            options.SetAccessTokenLifetime(settings.AccessTokenLifetime);
            if (signingKey is not null)
            {
                options.AddSigningKey(signingKey);
            }
            else
            {
                // Development without a configured key: a new one per start; tokens end with the process.
                options.AddEphemeralSigningKey();
            }
            // Access tokens are plain signed JWTs the APIs validate with the JWKS; nothing else is issued that
            // needs encrypting, so the encryption key never leaves memory.
            options.AddEphemeralEncryptionKey().DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.DisableAuthorizationStorage();
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseScopedHandler<TokenRequestValidation>());
            options.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseScopedHandler<TokenIssuance>());
            // Inside the cluster the provider is reached over the service network (TLS, where required, is the
            // mesh's or the ingress's); a municipality's own provider is HTTPS.
            options.UseAspNetCore().DisableTransportSecurityRequirement();
        });
        return builder;
    }
}
