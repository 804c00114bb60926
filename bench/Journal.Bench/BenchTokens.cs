using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareServices.Bench.Journal;

/// <summary>
/// HS256 tokens with the run's own key, issuer and audience (what bench/lib/common.sh's bench_token mints), here
/// with the staff member's <c>staff_id</c>, which the record gate needs to find a care relation.
/// </summary>
public sealed class BenchTokens(string base64Key)
{
    private readonly byte[] _key = Convert.FromBase64String(base64Key);

    public string For(string role, Guid? staffId = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = staffId is null ? $"bench-{role.ToLowerInvariant()}" : $"bench-{staffId:N}",
            ["role"] = role,
            ["municipality"] = "1848",
            ["iss"] = "careservices-dev",
            ["aud"] = "careservices",
            ["exp"] = DateTimeOffset.UtcNow.AddHours(4).ToUnixTimeSeconds(),
        };
        if (staffId is { } staff)
        {
            claims["staff_id"] = staff.ToString();
        }
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Encode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
