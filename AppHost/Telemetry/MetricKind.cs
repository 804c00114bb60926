namespace CareServices.AppHost.Telemetry;

/// <summary>How an instrument's points combine over time.</summary>
public enum MetricKind
{
    /// <summary>A monotonic sum (counter): shown as a rate per second.</summary>
    Counter,
    /// <summary>A gauge or up-down counter: shown as its latest value (summed over attribute sets).</summary>
    Gauge,
    /// <summary>An explicit-bucket histogram: rate, error share and percentiles.</summary>
    Histogram,
}
