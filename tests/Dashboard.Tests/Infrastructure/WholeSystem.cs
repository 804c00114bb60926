using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Servers;
using Microsoft.Playwright;

namespace CareServices.Dashboard.Tests.Infrastructure;

/// <summary>
/// The whole application through the AppHost (as <c>./run.sh</c> runs it) on the test servers, with its own databases,
/// virtual host and free ports, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class WholeSystem : IAsyncLifetime
{
    public const string ChromiumVariable = "CARESERVICES_CHROMIUM";
    private DistributedApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public Uri Dashboard => App.ApiUrl!;

    public Uri Gateway => App.GetEndpoint("gateway");

    public ServerConnections Servers { get; } = ServerConnections.From(Environment.GetEnvironmentVariable, "CARESERVICES_TEST_")
        ?? throw new InvalidOperationException(
            "No test servers: CARESERVICES_TEST_POSTGRES, _RABBITMQ, _RABBITMQ_MANAGEMENT and _REDIS are not all set. Run ./test.sh.");

    public IsolationNames Isolation { get; } = IsolationNames.Unique("dash");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"No browser at {chromium}: scripts/browser.sh install (./test.sh runs it) installs Debian's chromium.");
        }

        var starting = AppHostRunner.StartAsync(new AppHostOptions
        {
            ExternalServers = Servers,
            Isolation = Isolation,
            GatewayPort = 0,
            DashboardPort = 0,
            OtlpGrpcPort = 0,
            StartupTimeout = TimeSpan.FromMinutes(4),
            Output = TextWriter.Null,
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        _app = await starting;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
