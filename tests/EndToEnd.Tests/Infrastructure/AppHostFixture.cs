using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole application, started once for all end-to-end classes by <c>Aspire.Hosting.Testing</c> from the same
/// AppHost <c>./run.sh</c> runs: its own PostgreSQL, RabbitMQ and Redis under a throwaway data folder, every
/// service, the gateway on a free port, and the Aspire dashboard on a free port behind its login token.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["activities", "assessment", "documentation", "notifications", "scheduling"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("careservices-e2e-");
    private DistributedApplication? _app;

    /// <summary>Every resource's console output since the start.</summary>
    public ResourceLogs Logs { get; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The AppHost is not started.");

    public Uri Gateway => App.GetEndpoint("gateway", "http");

    /// <summary>This run's data folder (<c>--data-dir</c>): the servers' data, at-rest keys, the demo users' files.</summary>
    public string DataDirectory => _data.FullName;

    /// <summary>The dashboard's login link (<c>/login?t=…</c>), as <c>./run.sh</c> prints it.</summary>
    public Task<Uri> DashboardLoginAsync(CancellationToken cancellationToken = default) => App.GetDashboardUrlAsync(cancellationToken);

    /// <summary><c>servers.env</c> of this run: the servers' addresses as tools see them.</summary>
    public IReadOnlyDictionary<string, string> Servers =>
        File.ReadAllLines(Path.Combine(_data.FullName, "servers.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''));

    public async Task InitializeAsync()
    {
        // The postgres user runs PostgreSQL and must be able to walk into the data folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_data.FullName, (UnixFileMode)0b111_101_101);
        }
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = true },
            [$"--CareServices:DataDirectory={_data.FullName}", "--CareServices:GatewayPort=0"]);
        builder.Services.AddLogging(logging => logging.AddProvider(Logs));
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }

    /// <summary>
    /// A client for the gateway carrying a development token for the role, in municipality 1848 unless given; a
    /// <paramref name="subject"/> of its own keeps a heavy caller under the gateway's per-user limit.
    /// </summary>
    public async Task<HttpClient> ClientForAsync(string role, string municipality = "1848", string? subject = null)
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/dev/token", new { role, municipality, subject });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.Token);
        return client;
    }

    private sealed record TokenResponse(string Token);
}
