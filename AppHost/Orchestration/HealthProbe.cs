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
            return response.IsSuccessStatusCode
                ? HealthResult.Healthy
                : new HealthResult(false, $"/health answered {(int)response.StatusCode}");
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
}
