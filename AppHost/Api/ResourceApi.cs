using System.Text.Json.Serialization;
using CareServices.AppHost.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareServices.AppHost.Api;

/// <summary>
/// The AppHost's internal HTTP API on loopback: every resource's state, PID, uptime, restarts, endpoint and
/// last console lines, for the operator dashboard.
/// </summary>
internal sealed class ResourceApi : IAsyncDisposable
{
    private const int DefaultTail = 200;
    private readonly WebApplication _app;

    private ResourceApi(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ResourceApi> StartAsync(int port, Func<IReadOnlyList<ResourceStatus>> resources, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        // The AppHost handles Ctrl+C and SIGTERM itself; the web host must not react to them on its own.
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        var app = builder.Build();

        var api = app.MapGroup("/api/resources");
        api.MapGet("/", () => TypedResults.Ok(resources().Select(r => r.Snapshot()).ToList()));
        api.MapGet("/{name}", Results<Ok<ResourceSnapshot>, NotFound<string>> (string name) =>
            Find(resources(), name) is { } status
                ? TypedResults.Ok(status.Snapshot())
                : TypedResults.NotFound($"No resource named '{name}'."));
        api.MapGet("/{name}/logs", Results<Ok<IReadOnlyList<LogLine>>, NotFound<string>> (string name, int? tail, long? after) =>
            Find(resources(), name) is { } status
                ? TypedResults.Ok(status.Log.Tail(Math.Clamp(tail ?? DefaultTail, 1, 10_000), after ?? 0))
                : TypedResults.NotFound($"No resource named '{name}'."));

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new ResourceApi(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static ResourceStatus? Find(IReadOnlyList<ResourceStatus> resources, string name) =>
        resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
