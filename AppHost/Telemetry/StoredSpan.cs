namespace CareServices.AppHost.Telemetry;

/// <summary>One received span, as the dashboard keeps it: ids in lowercase hex, times in Unix nanoseconds.</summary>
public sealed record StoredSpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Resource,
    string Scope,
    string Name,
    SpanKind Kind,
    long StartUnixNano,
    long EndUnixNano,
    SpanStatus Status,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEvent> Events)
{
    public DateTimeOffset Start => DateTimeOffset.FromUnixTimeMilliseconds(StartUnixNano / 1_000_000);

    public TimeSpan Duration => TimeSpan.FromTicks(Math.Max(0, EndUnixNano - StartUnixNano) / 100);

    public string? Attribute(string key)
    {
        foreach (var (name, value) in Attributes)
        {
            if (name == key)
            {
                return value;
            }
        }

        return null;
    }
}

public enum SpanKind
{
    Unspecified,
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}

public enum SpanStatus
{
    Unset,
    Ok,
    Error,
}

/// <summary>An event inside a span (an exception, a retry).</summary>
public sealed record SpanEvent(long TimeUnixNano, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);
