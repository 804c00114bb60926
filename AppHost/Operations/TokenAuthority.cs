using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace CareServices.AppHost.Operations;

/// <summary>
/// Who signs the tokens every service and the gateway trust: the identity provider (<c>identity</c>,
/// services/Identity). The services read its keys from its discovery document; Scheduling (for key codes) asks it
/// for tokens with a client credential. A local run also gives the gateway (for <c>/dev/token</c>) and the AppHost
/// (for the dashboard's commands) development clients, with secrets made per run, and the seed's demo users
/// (<see cref="DemoUsers"/>). A published manifest has the
/// provider too, with its RSA signing key and the client secrets as secret parameters (Kubernetes Secrets, made by
/// deploy/create-secrets.sh) and no development client, so no <c>/dev/token</c> exists in a cluster.
/// </summary>
public sealed class TokenAuthority
{
    public const string Audience = "careservices";
    private const string AppHostClient = "apphost";
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<ProjectResource> _provider;
    private readonly IResourceBuilder<ParameterResource>? _appHostSecret;

    private TokenAuthority(IDistributedApplicationBuilder builder)
    {
        _builder = builder;
        _provider = builder.AddProject<Projects.Identity_Api>("identity")
            .WithEndpoint("http", endpoint => endpoint.Port = null)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("Identity__Audience", Audience);
        if (builder.ExecutionContext.IsPublishMode)
        {
            // In a cluster the provider is reached at http://identity, the name its tokens carry; the RSA key
            // outlives pods and is shared by replicas.
            _provider.WithEnvironment("Identity__Issuer", "http://identity/")
                .WithEnvironment("Identity__SigningKeyPem", builder.AddParameter("identity-signing-key", secret: true));
            return;
        }

        _provider.WithEnvironment("Identity__Issuer", _provider.GetEndpoint("http"))
            .WithDemoUsers(Hosting.Servers.DataDirectory(builder));
        _appHostSecret = RegisterClient(AppHostClient, roles: [], developmentTokens: true);
    }

    /// <summary>The identity provider.</summary>
    public IResourceBuilder<ProjectResource> Provider => _provider;

    public static TokenAuthority Add(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new TokenAuthority(builder);
    }

    /// <summary>The <c>Authentication__Jwt__*</c> settings a service or the gateway validates tokens with.</summary>
    public IResourceBuilder<T> Trust<T>(IResourceBuilder<T> resource)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        ArgumentNullException.ThrowIfNull(resource);
        // The authority is named as a service; service discovery resolves it like any other.
        return resource.WithReference(_provider).WaitFor(_provider)
            .WithEnvironment("Authentication__Jwt__Audience", Audience)
            .WithEnvironment("Authentication__Jwt__Authority", "http://identity")
            .WithEnvironment("Authentication__Jwt__RequireHttpsMetadata", "false");
    }

    /// <summary>
    /// A confidential client at the provider for this resource: its id is the resource's name, its secret a secret
    /// parameter, its service tokens carry <paramref name="roles"/>. A development client (the development grant)
    /// exists only in a local run.
    /// </summary>
    public IResourceBuilder<T> WithClient<T>(IResourceBuilder<T> resource, string[] roles, bool developmentTokens = false)
        where T : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(roles);
        if (developmentTokens && _builder.ExecutionContext.IsPublishMode)
        {
            return resource;
        }

        var secret = RegisterClient(resource.Resource.Name, roles, developmentTokens);
        return resource
            .WithEnvironment("Authentication__Client__Id", resource.Resource.Name)
            .WithEnvironment("Authentication__Client__Secret", secret);
    }

    /// <summary>
    /// A short-lived Operator token (every municipality) for the AppHost's own calls to a service's admin API, from the
    /// provider's development grant; its subject names the dashboard operator.
    /// </summary>
    public async Task<string> OperatorTokenAsync(CancellationToken cancellationToken)
    {
        if (_appHostSecret is null)
        {
            throw new InvalidOperationException("Operator tokens exist only while the application runs.");
        }

        var endpoint = _provider.GetEndpoint("http");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:careservices:grant-type:development",
            ["client_id"] = AppHostClient,
            ["client_secret"] = await _appHostSecret.Resource.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty,
            ["role"] = "Operator",
            // An operator works across municipalities; every policy still requires the claim.
            ["municipality"] = "0000",
            ["subject"] = "dashboard-operator",
        });
        using var response = await http.PostAsync(new Uri(new Uri(endpoint.Url), "connect/token"), form, cancellationToken).ConfigureAwait(false);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode && token?.AccessToken is { } accessToken
            ? accessToken
            : throw new InvalidOperationException($"The identity provider refused the operator token: {token?.Error} {token?.ErrorDescription}");
    }

    private IResourceBuilder<ParameterResource> RegisterClient(string clientId, string[] roles, bool developmentTokens)
    {
        var secret = Secret(_builder, $"{clientId}-client-secret", minLength: 32);
        var prefix = $"Identity__Clients__{clientId}__";
        _provider.WithEnvironment(prefix + "Secret", secret)
            .WithEnvironment(prefix + "DevelopmentTokens", developmentTokens ? "true" : "false");
        for (var i = 0; i < roles.Length; i++)
        {
            _provider.WithEnvironment($"{prefix}Roles__{i}", roles[i]);
        }

        return secret;
    }

    /// <summary>A secret made per run; in a published manifest only its name (the Secret a cluster provides). Letters and digits.</summary>
    private static IResourceBuilder<ParameterResource> Secret(IDistributedApplicationBuilder builder, string name, int minLength) =>
        builder.AddResource(ParameterResourceBuilderExtensions.CreateGeneratedParameter(builder, name, secret: true, new GenerateParameterDefault
        {
            MinLength = minLength,
            Lower = true,
            Upper = true,
            Numeric = true,
            Special = false,
        }));

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
