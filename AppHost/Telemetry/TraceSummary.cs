namespace CareServices.AppHost.Telemetry;

/// <summary>One trace in the trace list: its root (or earliest) span, who took part, how long it took.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    string RootResource,
    DateTimeOffset Start,
    TimeSpan Duration,
    int SpanCount,
    IReadOnlyList<string> Resources,
    bool HasError);
