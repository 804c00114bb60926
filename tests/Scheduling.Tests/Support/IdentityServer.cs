using System.Security.Cryptography;
using System.Text.Json;
using CareServices.Identity.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>
/// The identity provider (services/Identity) on a loopback port, in Development: Scheduling's confidential client
/// with the key-code client role, and a gateway client that may ask for development tokens of any role and staff id.
/// </summary>
public sealed class IdentityServer : WebApplicationFactory<IdentitySettings>
{
    public const string SchedulingSecret = "scheduling-secret-for-tests";
    private const string GatewaySecret = "gateway-secret-for-tests";

    private readonly Dictionary<(string, string, Guid?), string> _tokens = [];

    public IdentityServer()
    {
        UseKestrel();
        StartServer();
    }

    public string Url => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>What a host needs to trust this provider's tokens.</summary>
    public IReadOnlyDictionary<string, string> TrustSettings => new Dictionary<string, string>
    {
        ["Authentication:Jwt:Authority"] = Url,
        ["Authentication:Jwt:Issuer"] = "",
        ["Authentication:Jwt:Audience"] = "careservices",
        ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Kestrel on a port of its choosing, set as the app's URL: UseKestrel(0) rewrites the server's addresses after
        // the build, racing a minimal-hosting app that already binds them (dotnet/aspnetcore#67714).
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseEnvironment("Development");
        using var rsa = RSA.Create(2048);
        builder.UseSetting("Identity:SigningKeyPem", rsa.ExportRSAPrivateKeyPem());
        builder.UseSetting("Identity:Clients:gateway:Secret", GatewaySecret);
        builder.UseSetting("Identity:Clients:gateway:DevelopmentTokens", "true");
        builder.UseSetting("Identity:Clients:scheduling:Secret", SchedulingSecret);
        builder.UseSetting("Identity:Clients:scheduling:Roles:0", Assessment.Api.Security.AssessmentPolicies.KeyCodeClientRole);
    }

    /// <summary>A person's token (the development grant the gateway's <c>/dev/token</c> uses), one per role, municipality and staff id.</summary>
    public string PersonToken(string role, string municipality, Guid? staffId)
    {
        lock (_tokens)
        {
            if (!_tokens.TryGetValue((role, municipality, staffId), out var token))
            {
                var form = new List<KeyValuePair<string, string>>
                {
                    new("grant_type", ServiceDefaults.Auth.GrantTypes.Development), new("client_id", "gateway"), new("client_secret", GatewaySecret),
                    new("role", role), new("municipality", municipality), new("subject", $"{role.ToLowerInvariant()}-{staffId:N}"),
                };
                if (staffId is { } staff)
                {
                    form.Add(new("staff_id", staff.ToString()));
                }
                token = Token(form);
                _tokens[(role, municipality, staffId)] = token;
            }
            return token;
        }
    }

    /// <summary>A client-credentials token of <paramref name="clientId"/>.</summary>
    public string ClientToken(string clientId, string secret) =>
        Token([new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", secret)]);

    private string Token(List<KeyValuePair<string, string>> form)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}/connect/token") { Content = new FormUrlEncodedContent(form) };
        // Synchronous on purpose: host clients are made synchronously, and this is a real socket with no context to block.
        using var response = http.Send(request);
        using var body = JsonDocument.Parse(response.Content.ReadAsStream());
        return body.RootElement.TryGetProperty("access_token", out var token)
            ? token.GetString()!
            : throw new InvalidOperationException($"The identity provider refused the token request: {body.RootElement}");
    }
}
