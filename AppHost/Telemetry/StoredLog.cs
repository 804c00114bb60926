namespace CareServices.AppHost.Telemetry;

/// <summary>One received log record.</summary>
public sealed record StoredLog(
    long Sequence,
    long TimeUnixNano,
    string Resource,
    string Category,
    LogSeverity Severity,
    string Message,
    string? TraceId,
    string? SpanId,
    IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(TimeUnixNano / 1_000_000);
}

/// <summary>OTLP severity numbers grouped as .NET log levels (1–4 trace … 21–24 critical).</summary>
public enum LogSeverity
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}
