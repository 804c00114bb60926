using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CareServices.ServiceDefaults.Auth;

/// <summary>
/// Asks the authority's token endpoint (found in the discovery document the token validation already reads) for
/// tokens as this service's client: a client-credentials token for calls to other services, cached until shortly
/// before it expires, or a token of another grant the client is allowed (the gateway's development tokens).
/// </summary>
public sealed class AuthorityClient(
    IHttpClientFactory clients, IOptionsMonitor<JwtBearerOptions> jwt, IOptions<ServiceClientSettings> client, TimeProvider time)
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private AuthorityTokenResult? _serviceToken;

    /// <summary>A bearer token for this service itself (client credentials).</summary>
    public async Task<string> GetServiceTokenAsync(CancellationToken cancellationToken)
    {
        if (_serviceToken is { } cached && cached.ExpiresAt - RenewBefore > time.GetUtcNow())
        {
            return cached.AccessToken!;
        }
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_serviceToken is { } renewed && renewed.ExpiresAt - RenewBefore > time.GetUtcNow())
            {
                return renewed.AccessToken!;
            }
            var result = await RequestAsync("client_credentials", [], cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The authority refused this service's client credentials: {result.Error} {result.ErrorDescription}");
            }
            _serviceToken = result;
            return result.AccessToken!;
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>Asks for a token of <paramref name="grantType"/> with the client's id and secret and the given parameters.</summary>
    public async Task<AuthorityTokenResult> RequestAsync(
        string grantType, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var settings = client.Value;
        if (string.IsNullOrWhiteSpace(settings.Id) || string.IsNullOrWhiteSpace(settings.Secret))
        {
            throw new InvalidOperationException($"Set {ServiceClientSettings.SectionName}:Id and :Secret to ask the authority for tokens.");
        }
        var configurationManager = jwt.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException($"Set {JwtSettings.SectionName}:Authority to ask it for tokens.");
        var configuration = await configurationManager.GetConfigurationAsync(cancellationToken);

        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", grantType), new("client_id", settings.Id), new("client_secret", settings.Secret), .. parameters,
        ]);
        using var response = await clients.CreateClient(AuthenticationExtensions.DiscoveryClientName)
            .PostAsync(configuration.TokenEndpoint, form, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<TokenEndpointResponse>(cancellationToken)
            ?? new TokenEndpointResponse(null, null, "invalid_response", "The token endpoint answered without a body.");
        return response.IsSuccessStatusCode && body.AccessToken is not null
            ? new AuthorityTokenResult(body.AccessToken, time.GetUtcNow().AddSeconds(body.ExpiresIn ?? 0), null, null)
            : new AuthorityTokenResult(null, default, body.Error ?? $"http_{(int)response.StatusCode}", body.ErrorDescription);
    }

    private sealed record TokenEndpointResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long? ExpiresIn,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
