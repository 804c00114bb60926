using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Servers;

namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole application, started once per test class through the AppHost — the same code path as
/// <c>./run.sh</c> — on the test servers, with this run's own databases and virtual host and a free gateway port.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The AppHost is not started.");

    public Uri Gateway => App.GetEndpoint("gateway");

    public async Task InitializeAsync()
    {
        _app = await AppHostRunner.StartAsync(new AppHostOptions
        {
            ExternalServers = TestServers.FromEnvironment(),
            Isolation = IsolationNames.Unique("e2e"),
            GatewayPort = 0,
            DashboardPort = 0,
            OtlpGrpcPort = 0,
            StartupTimeout = TimeSpan.FromMinutes(4),
            Output = TextWriter.Null,
        });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A client for the gateway carrying a development token for the role, in municipality 1848.</summary>
    public async Task<HttpClient> ClientForAsync(string role, string municipality = "1848")
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/dev/token", new { role, municipality });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.Token);
        return client;
    }

    private sealed record TokenResponse(string Token);
}
