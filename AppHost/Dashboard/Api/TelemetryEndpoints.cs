using CareServices.AppHost.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CareServices.AppHost.Dashboard.Api;

/// <summary>Data API over what the OTLP receiver holds: traces, structured logs, metrics, and the retention limits.</summary>
internal static class TelemetryEndpoints
{
    public static IEndpointRouteBuilder MapTelemetryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/telemetry");
        api.MapGet("/limits", (TelemetryStore store) => TypedResults.Ok(new
        {
            store.Limits,
            spans = store.Spans.Count,
            spansEvicted = store.Spans.Evicted,
            logs = store.Logs.Count,
            logsEvicted = store.Logs.Evicted,
        }));
        api.MapGet("/traces", (TelemetryStore store, string? resource, string? search, int? count) =>
            TypedResults.Ok(store.Spans.RecentTraces(Math.Clamp(count ?? 100, 1, 1000), resource, search)));
        api.MapGet("/traces/{traceId}", Results<Ok<IReadOnlyList<StoredSpan>>, NotFound> (string traceId, TelemetryStore store) =>
            store.Spans.Trace(traceId.ToLowerInvariant()) is { Count: > 0 } spans ? TypedResults.Ok(spans) : TypedResults.NotFound());
        api.MapGet("/logs", (TelemetryStore store, string? resource, LogSeverity? level, string? traceId, string? text, int? count) =>
            TypedResults.Ok(store.Logs.Query(new LogQuery(resource, level ?? LogSeverity.Trace, traceId, text), Math.Clamp(count ?? 200, 1, 5000))));
        api.MapGet("/metrics/{resource}", (string resource, TelemetryStore store) =>
            TypedResults.Ok(store.Metrics.Instruments(resource).Select(i => new { i.Name, i.Unit, i.Kind, i.Description })));
        api.MapGet("/metrics/{resource}/{name}", (string resource, string name, MetricView? view, TelemetryStore store) =>
            TypedResults.Ok(store.Metrics.Series(resource, name, view ?? MetricView.RatePerSecond)));
        return app;
    }
}
