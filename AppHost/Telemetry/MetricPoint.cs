namespace CareServices.AppHost.Telemetry;

/// <summary>One point of a chart: the bucket's start and a value (null where nothing was recorded).</summary>
public sealed record MetricPoint(DateTimeOffset Time, double? Value);
