namespace CareServices.AppHost.Telemetry;

/// <summary>What a chart shows of an instrument.</summary>
public enum MetricView
{
    /// <summary>Counter increase or histogram count per second.</summary>
    RatePerSecond,
    /// <summary>Share of histogram measurements with an error, in percent.</summary>
    ErrorPercent,
    P50,
    P95,
    P99,
    /// <summary>Gauge value (sum over attribute sets).</summary>
    Value,
}
