using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using CareServices.Gateway;
using CareServices.Identity.Api;
using CareServices.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareServices.Identity.Tests;

/// <summary>
/// The identity provider on a real loopback port (services fetch its discovery document over HTTP, as in a cluster),
/// with the clients and demo users a test needs; and gateways that trust it.
/// </summary>
public sealed class IdentityProvider : WebApplicationFactory<IdentitySettings>
{
    public const string GatewaySecret = "gateway-secret-for-tests";
    public const string SchedulingSecret = "scheduling-secret-for-tests";
    public const string DemoPassword = "demo-password-for-tests";

    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public IdentityProvider() : this("Development", new Dictionary<string, string>())
    {
    }

    private IdentityProvider(string environment, IReadOnlyDictionary<string, string> settings)
    {
        _environment = environment;
        _settings = settings;
        UseKestrel();
        StartServer();
    }

    /// <summary>The provider as a production deployment runs it.</summary>
    public static IdentityProvider InProduction() => new("Production", new Dictionary<string, string>());

    /// <summary>The provider as a local run starts it: more demo users in a watched file, the password in another.</summary>
    public static IdentityProvider WithDemoUserFiles(string usersFile, string passwordFile) => new("Development", new Dictionary<string, string>
    {
        ["Identity:DemoUsersFile"] = usersFile,
        ["Identity:DemoPasswordFile"] = passwordFile,
        ["Identity:DemoPassword"] = "",
    });

    /// <summary>The provider's address (what <c>Authentication:Jwt:Authority</c> names).</summary>
    public string Url => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Kestrel on a port of its choosing, set as the app's URL: UseKestrel(0) rewrites the server's addresses after
        // the build, racing a minimal-hosting app that already binds them (dotnet/aspnetcore#67714).
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseEnvironment(_environment);
        using var rsa = RSA.Create(2048);
        var settings = new Dictionary<string, string>
        {
            ["Identity:SigningKeyPem"] = rsa.ExportRSAPrivateKeyPem(),
            ["Identity:Clients:gateway:Secret"] = GatewaySecret,
            ["Identity:Clients:gateway:DevelopmentTokens"] = "true",
            ["Identity:Clients:scheduling:Secret"] = SchedulingSecret,
            ["Identity:DemoPassword"] = DemoPassword,
            ["Identity:DemoUsers:kari.planner:Name"] = "Kari Planner",
            ["Identity:DemoUsers:kari.planner:Role"] = "Planner",
            ["Identity:DemoUsers:kari.planner:Municipality"] = "1848",
            ["Identity:DemoUsers:kari.planner:StaffId"] = "5b7f4a52-2f57-4f3c-9d0e-0c8f3a1d2e11",
        };
        foreach (var (key, value) in settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A gateway (in <paramref name="environment"/>) that validates tokens by this provider's discovery document.</summary>
    public ServiceFactory<GatewaySettings> Gateway(string environment = "Production") => new(
        new Dictionary<string, string>
        {
            ["Authentication:Jwt:Authority"] = Url,
            ["Authentication:Jwt:Issuer"] = "",
            ["Authentication:Client:Id"] = "gateway",
            ["Authentication:Client:Secret"] = GatewaySecret,
            // Nothing listens here: a request that passes the gateway's checks ends as 502.
            ["services:assessment:http:0"] = "http://127.0.0.1:9",
            ["services:activities:http:0"] = "http://127.0.0.1:9",
        },
        environment);

    public async Task<TokenAnswer> TokenAsync(params (string Name, string Value)[] form)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync($"{Url}/connect/token",
            new FormUrlEncodedContent(form.Select(p => new KeyValuePair<string, string>(p.Name, p.Value))));
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())! with { Status = (int)response.StatusCode };
    }

    public sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription,
        int Status = 0);
}
