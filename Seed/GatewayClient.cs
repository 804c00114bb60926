using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Seed;

/// <summary>
/// Calls the gateway with Development tokens from <c>/dev/token</c>, one user per role and municipality unless a
/// call names its user. The gateway's per-user rate limit applies to the seeder like to anyone: on 429 it waits
/// the Retry-After and tries again.
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Func<string, string, string, string>? _issue;
    // Seeders run side by side; a token fetched twice by a race is harmless.
    private readonly ConcurrentDictionary<(string Role, string Municipality, string Subject), string> _tokens = [];

    public GatewayClient(Uri gateway) => _http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Calls through <paramref name="http"/> with tokens from <paramref name="issue"/> (role, municipality, subject) instead of <c>/dev/token</c>.</summary>
    public GatewayClient(HttpClient http, Func<string, string, string, string> issue) => (_http, _issue) = (http, issue);

    public async Task<string> TokenAsync(string role, string municipality, string? user = null)
    {
        var subject = user ?? $"seed-{role.ToLowerInvariant()}-{municipality}";
        if (!_tokens.TryGetValue((role, municipality, subject), out var token) && _issue is not null)
        {
            token = _tokens[(role, municipality, subject)] = _issue(role, municipality, subject);
        }
        else if (token is null)
        {
            using var response = await _http.PostAsJsonAsync("/dev/token", new { role, municipality, subject });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /dev/token answered {(int)response.StatusCode}: the gateway must run in Development.");
            }
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            _tokens[(role, municipality, subject)] = token;
        }
        return token;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        HttpMethod method, string path, string role, string municipality, object? body = null, string? user = null)
    {
        var token = await TokenAsync(role, municipality, user);
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

    public async Task<JsonElement> ExpectAsync(HttpMethod method, string path, string role, string municipality, object? body = null, string? user = null)
    {
        var (status, json) = await SendAsync(method, path, role, municipality, body, user);
        if ((int)status is < 200 or > 299)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)status}: {json}");
        }
        return json;
    }

    public void Dispose() => _http.Dispose();
}
