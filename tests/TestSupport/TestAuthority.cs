using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.TestSupport;

/// <summary>
/// A minimal OpenID Connect authority on a loopback port for the test run: it serves the discovery document and the
/// JWKS of <see cref="TestTokens"/>' RSA key, so the hosts under test find their keys exactly as in production.
/// </summary>
public static class TestAuthority
{
    public const string KeyId = "test-key-1";

    private static readonly RSA Rsa = RSA.Create(2048);
    private static readonly Lazy<string> Address = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The key tokens are signed with (private), with the key id the JWKS names.</summary>
    public static RsaSecurityKey SigningKey { get; } = new(Rsa) { KeyId = KeyId };

    /// <summary>The authority's base address; the server starts on first use and lives as long as the test process.</summary>
    public static string Url => Address.Value;

    private static string Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var publicKey = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = KeyId });
        app.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = TestTokens.Issuer,
            ["jwks_uri"] = $"{http.Request.Scheme}://{http.Request.Host}/.well-known/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["response_types_supported"] = new[] { "token" },
            ["subject_types_supported"] = new[] { "public" },
        }));
        app.MapGet("/.well-known/jwks", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = publicKey.Kty,
                    ["use"] = "sig",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["kid"] = KeyId,
                    ["n"] = publicKey.N,
                    ["e"] = publicKey.E,
                },
            },
        }));
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.TrimEnd('/');
    }
}
