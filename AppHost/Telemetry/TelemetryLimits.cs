namespace CareServices.AppHost.Telemetry;

/// <summary>
/// How much telemetry the dashboard keeps in memory; the oldest goes first. Shown on every telemetry page, so an
/// operator knows why an old trace is gone.
/// </summary>
public sealed record TelemetryLimits
{
    /// <summary>Spans kept across all traces.</summary>
    public int MaxSpans { get; init; } = 50_000;

    /// <summary>Structured log records kept across all resources.</summary>
    public int MaxLogs { get; init; } = 20_000;

    /// <summary>Metric history per instrument and resource, in buckets of <see cref="MetricBucket"/>.</summary>
    public TimeSpan MetricWindow { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan MetricBucket { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Instruments kept per resource; more are ignored (a runaway meter cannot eat the memory).</summary>
    public int MaxInstrumentsPerResource { get; init; } = 200;

    /// <summary>Attribute combinations tracked for cumulative-to-delta conversion, across everything.</summary>
    public int MaxMetricSeries { get; init; } = 20_000;

    /// <summary>Attributes kept per span or log record; the rest are counted as dropped.</summary>
    public int MaxAttributes { get; init; } = 32;

    /// <summary>Characters kept of one attribute value or log message.</summary>
    public int MaxValueLength { get; init; } = 4_000;
}
