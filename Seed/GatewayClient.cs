using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Seed;

/// <summary>
/// Calls the gateway with Development tokens from <c>/dev/token</c>. The gateway's per-user rate limit applies to
/// the seeder like to anyone: on 429 it waits the Retry-After and tries again.
/// </summary>
public sealed class GatewayClient(Uri gateway) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
    private readonly Dictionary<(string Role, string Municipality), string> _tokens = [];

    public async Task<string> TokenAsync(string role, string municipality)
    {
        if (!_tokens.TryGetValue((role, municipality), out var token))
        {
            using var response = await _http.PostAsJsonAsync("/dev/token", new { role, municipality, subject = $"seed-{role.ToLowerInvariant()}-{municipality}" });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /dev/token answered {(int)response.StatusCode}: the gateway must run in Development.");
            }
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            _tokens[(role, municipality)] = token;
        }
        return token;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string role, string municipality, object? body = null)
    {
        var token = await TokenAsync(role, municipality);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 20)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }
            var text = await response.Content.ReadAsStringAsync();
            var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return (response.StatusCode, json);
        }
    }

    public async Task<JsonElement> ExpectAsync(HttpMethod method, string path, string role, string municipality, object? body = null)
    {
        var (status, json) = await SendAsync(method, path, role, municipality, body);
        if ((int)status is < 200 or > 299)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)status}: {json}");
        }
        return json;
    }

    public void Dispose() => _http.Dispose();
}
