namespace CareServices.AppHost.Telemetry;

/// <summary>One explicit-bucket histogram point: count, sum and per-bucket counts (one more than bounds).</summary>
public sealed record HistogramValue(double Count, double Sum, IReadOnlyList<double> Bounds, IReadOnlyList<ulong> BucketCounts);
