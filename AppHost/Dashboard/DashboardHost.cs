using System.Net;
using CareServices.AppHost.Api;
using CareServices.AppHost.Dashboard.Access;
using CareServices.AppHost.Dashboard.Api;
using CareServices.AppHost.Dashboard.Components;
using CareServices.AppHost.Dashboard.Messaging;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CareServices.AppHost.Dashboard;

/// <summary>
/// The operator dashboard the AppHost serves on loopback: Blazor pages, the data API behind them, and the OTLP
/// receiver (HTTP on the dashboard's port, gRPC on its own HTTP/2 port).
/// </summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    private const string AssemblyName = "CareServices.AppHost";
    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, Uri url, Uri otlpGrpc)
    {
        _app = app;
        Url = url;
        OtlpHttpEndpoint = url;
        OtlpGrpcEndpoint = otlpGrpc;
    }

    /// <summary>The dashboard's base address; the login link is this with <c>login?t=&lt;token&gt;</c>.</summary>
    public Uri Url { get; }

    public Uri OtlpHttpEndpoint { get; }

    public Uri OtlpGrpcEndpoint { get; }

    public static async Task<DashboardHost> StartAsync(
        DistributedApplication host, AppHostOptions options, DashboardSecrets secrets, TelemetryStore telemetry, CancellationToken cancellationToken)
    {
        var root = Path.GetDirectoryName(typeof(DashboardHost).Assembly.Location) ?? AppContext.BaseDirectory;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = AssemblyName,
            ContentRootPath = root,
            EnvironmentName = Environments.Production,
        });
        StaticAssets.Configure(builder.WebHost, root, options);
        var dashboardPort = options.DashboardPort == 0 ? PortAllocator.FreeLoopbackPort() : options.DashboardPort;
        var grpcPort = options.OtlpGrpcPort == 0 ? PortAllocator.FreeLoopbackPort() : options.OtlpGrpcPort;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, dashboardPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        // The AppHost handles Ctrl+C and SIGTERM itself; the web host must not react to them on its own.
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        builder.Services.AddSingleton(host);
        builder.Services.AddSingleton(telemetry);
        builder.Services.AddSingleton(secrets.OtlpKey);
        builder.Services.AddSingleton<OtlpIngest>();
        builder.Services.AddSingleton<OperatorActionLog>();
        builder.Services.AddSingleton<MessagingService>();
        builder.Services.AddDashboardAuthentication(secrets.LoginToken);
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = 32 * 1024 * 1024);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();

        var app = builder.Build();
        app.UseTokenLink();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        StaticAssets.Map(app, root, options);
        app.MapDashboardLogin();
        app.MapResourceApi();
        app.MapTelemetryApi();
        app.MapMessagingApi();
        app.MapOtlpHttp();
        app.MapGrpcService<OtlpGrpcServices.Traces>().AllowAnonymous();
        app.MapGrpcService<OtlpGrpcServices.Logs>().AllowAnonymous();
        app.MapGrpcService<OtlpGrpcServices.Metrics>().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var hostName = options.DashboardPort == 0 ? "127.0.0.1" : "localhost";
        return new DashboardHost(app, new Uri($"http://{hostName}:{dashboardPort}/"), new Uri($"http://127.0.0.1:{grpcPort}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
