namespace CareServices.AppHost.Telemetry;

/// <summary>What one instrument of one resource recorded in one time bucket (deltas, whatever the exporter's temporality).</summary>
public sealed class MetricBucket(long startUnixSeconds, int histogramBuckets)
{
    public long StartUnixSeconds { get; } = startUnixSeconds;

    /// <summary>Counter increase, or histogram measurement count.</summary>
    public double Count { get; set; }

    /// <summary>Histogram measurements that carried an error (<c>error.type</c>, or an HTTP status of 500 and above).</summary>
    public double ErrorCount { get; set; }

    public double Sum { get; set; }

    public double[] BucketCounts { get; } = new double[histogramBuckets];

    /// <summary>Latest gauge value per attribute set; the chart shows their sum.</summary>
    public Dictionary<string, double> GaugeValues { get; } = new(StringComparer.Ordinal);
}
