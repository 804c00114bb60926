namespace CareServices.AppHost.Telemetry;

/// <summary>Everything the OTLP receiver keeps: spans, logs and metrics, each within its limits.</summary>
public sealed class TelemetryStore(TelemetryLimits limits, TimeProvider time)
{
    public TelemetryLimits Limits { get; } = limits;

    public SpanStore Spans { get; } = new(limits);

    public LogStore Logs { get; } = new(limits);

    public MetricStore Metrics { get; } = new(limits, time);
}
