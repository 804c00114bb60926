using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>
/// A short-lived Admin token for the dashboard's calls to a service's dead-letter API, signed with the run's key
/// (HS256, the JWT contract every service validates). Its subject names the dashboard operator in their logs.
/// </summary>
internal static class OperatorJwt
{
    public const string Subject = "dashboard-operator";

    public static string Create(string signingKeyBase64, TimeProvider time)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = Subject,
            ["name"] = "Dashboard operator",
            ["role"] = "Operator",
            // An operator works across municipalities; every policy still requires the claim.
            ["municipality"] = "0000",
            ["iss"] = EnvironmentContract.JwtIssuer,
            ["aud"] = EnvironmentContract.JwtAudience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 300,
        }));
        var signature = HMACSHA256.HashData(Convert.FromBase64String(signingKeyBase64), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
