using CareServices.AppHost;
using CareServices.AppHost.Orchestration;

namespace CareServices.Dashboard.Tests.Infrastructure;

/// <summary>
/// The AppHost's dashboard and OTLP receiver alone, on free loopback ports, without servers or projects: enough
/// for the receiver, retention and access tests, and fast.
/// </summary>
public sealed class DashboardOnly : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public Uri Url => App.ApiUrl!;

    public (Uri Http, Uri Grpc, string ApiKey) Otlp => App.Otlp!.Value;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(new AppHostOptions
        {
            DashboardPort = 0,
            OtlpGrpcPort = 0,
            GatewayPort = 0,
            Output = TextWriter.Null,
        });
        Program.Declare(builder);
        _app = builder.Build();
        await _app.StartDashboardAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A client that follows no redirects, so tests see the 302 to the login page.</summary>
    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Url };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}
