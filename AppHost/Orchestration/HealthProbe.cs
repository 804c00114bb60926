using System.Text.Json;

namespace CareServices.AppHost.Orchestration;

/// <summary>Asks a project's <c>/health</c> (readiness: database, broker, Redis) whether it is ready.</summary>
internal sealed class HealthProbe : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(3) };

    public async Task<HealthResult> CheckAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetAsync(new Uri(endpoint, "/health"), cancellationToken)
                .ConfigureAwait(false);
            var checks = await ChecksAsync(response, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthResult.Healthy with { Checks = checks }
                : new HealthResult(false, $"/health answered {(int)response.StatusCode}") { Checks = checks };
        }
        catch (HttpRequestException e)
        {
            return new HealthResult(false, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthResult(false, "/health did not answer in time");
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The checks of ServiceDefaults' health writer (<c>{"checks":[{"name","status","durationMs","description"}]}</c>).</summary>
    private static async Task<IReadOnlyList<HealthCheckEntry>> ChecksAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!document.RootElement.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. checks.EnumerateArray().Select(check => new HealthCheckEntry(
                Text(check, "name") ?? "?",
                Text(check, "status") ?? "?",
                check.TryGetProperty("durationMs", out var duration) && duration.ValueKind == JsonValueKind.Number ? duration.GetDouble() : null,
                Text(check, "description")))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
