using System.Globalization;
using System.Text;
using CareServices.AppHost.Telemetry.Otlp;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace CareServices.AppHost.Telemetry;

/// <summary>
/// Turns OTLP export requests (HTTP or gRPC, the same messages) into what the stores keep. The resource is the
/// <c>service.name</c> resource attribute, which the AppHost sets to the resource name through <c>OTEL_SERVICE_NAME</c>.
/// </summary>
public sealed class OtlpIngest(TelemetryStore store)
{
    private const string UnknownResource = "unknown";
    private readonly StringPool _pool = new();

    public TelemetryStore Store => store;

    /// <summary>Stores the spans; returns how many were accepted.</summary>
    public int Ingest(ExportTraceServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = store.Limits;
        var spans = new List<StoredSpan>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = _pool.Get(ServiceName(resourceSpans.Resource));
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = _pool.Get(scopeSpans.Scope?.Name ?? string.Empty);
                foreach (var span in scopeSpans.Spans)
                {
                    if (span.TraceId.Length != 16 || span.SpanId.Length != 8)
                    {
                        continue;
                    }

                    spans.Add(new StoredSpan(
                        Hex(span.TraceId),
                        Hex(span.SpanId),
                        span.ParentSpanId.Length == 8 ? Hex(span.ParentSpanId) : null,
                        resource,
                        scope,
                        _pool.Get(Truncate(span.Name, limits.MaxValueLength)),
                        (SpanKind)Math.Clamp((int)span.Kind, 0, 5),
                        (long)span.StartTimeUnixNano,
                        (long)span.EndTimeUnixNano,
                        span.Status is null ? SpanStatus.Unset : (SpanStatus)Math.Clamp((int)span.Status.Code, 0, 2),
                        string.IsNullOrEmpty(span.Status?.Message) ? null : Truncate(span.Status.Message, limits.MaxValueLength),
                        Attributes(span.Attributes),
                        span.Events.Count == 0
                            ? []
                            : [.. span.Events.Take(limits.MaxAttributes).Select(e => new SpanEvent((long)e.TimeUnixNano, e.Name, Attributes(e.Attributes)))]));
                }
            }
        }

        store.Spans.Add(spans);
        return spans.Count;
    }

    public int Ingest(ExportLogsServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var logs = new List<StoredLog>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = _pool.Get(ServiceName(resourceLogs.Resource));
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var scope = _pool.Get(scopeLogs.Scope?.Name ?? string.Empty);
                foreach (var record in scopeLogs.LogRecords)
                {
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    logs.Add(new StoredLog(
                        0,
                        (long)time,
                        resource,
                        scope,
                        Severity(record.SeverityNumber),
                        Truncate(record.Body is null ? string.Empty : Text(record.Body), store.Limits.MaxValueLength),
                        record.TraceId.Length == 16 ? Hex(record.TraceId) : null,
                        record.SpanId.Length == 8 ? Hex(record.SpanId) : null,
                        Attributes(record.Attributes)));
                }
            }
        }

        store.Logs.Add(logs);
        return logs.Count;
    }

    public int Ingest(ExportMetricsServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var points = 0;
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = ServiceName(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                foreach (var metric in scopeMetrics.Metrics)
                {
                    points += Ingest(resource, metric);
                }
            }
        }

        return points;
    }

    private int Ingest(string resource, Metric metric)
    {
        var descriptor = new MetricDescriptor(metric.Name, metric.Unit, metric.Description);
        var metrics = store.Metrics;
        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge:
                foreach (var point in metric.Gauge.DataPoints)
                {
                    metrics.AddGauge(resource, descriptor, SeriesKey(point.Attributes), Number(point), (long)point.TimeUnixNano);
                }

                return metric.Gauge.DataPoints.Count;
            case Metric.DataOneofCase.Sum:
                var cumulative = metric.Sum.AggregationTemporality != AggregationTemporality.Delta;
                foreach (var point in metric.Sum.DataPoints)
                {
                    metrics.AddSum(resource, descriptor, SeriesKey(point.Attributes), cumulative, metric.Sum.IsMonotonic, Number(point), (long)point.TimeUnixNano);
                }

                return metric.Sum.DataPoints.Count;
            case Metric.DataOneofCase.Histogram:
                var histogramCumulative = metric.Histogram.AggregationTemporality != AggregationTemporality.Delta;
                var count = 0;
                foreach (var point in metric.Histogram.DataPoints)
                {
                    // Probes would dominate every service's request rate and latency.
                    if (IsProbe(point.Attributes))
                    {
                        continue;
                    }

                    metrics.AddHistogram(resource, descriptor, SeriesKey(point.Attributes), histogramCumulative,
                        new HistogramValue(point.Count, point.HasSum ? point.Sum : 0, point.ExplicitBounds, point.BucketCounts),
                        IsError(point.Attributes), (long)point.TimeUnixNano);
                    count++;
                }

                return count;
            default:
                return 0;
        }
    }

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static bool IsProbe(RepeatedField<KeyValue> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == "http.route" && attribute.Value?.StringValue is "/health" or "/alive")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsError(RepeatedField<KeyValue> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == "error.type"
                || (attribute.Key == "http.response.status_code" && attribute.Value?.IntValue >= 500))
            {
                return true;
            }
        }

        return false;
    }

    private static string SeriesKey(RepeatedField<KeyValue> attributes)
    {
        if (attributes.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var attribute in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(attribute.Key).Append('=').Append(attribute.Value is null ? string.Empty : Text(attribute.Value)).Append(';');
        }

        return text.ToString();
    }

    private IReadOnlyList<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes)
    {
        if (attributes.Count == 0)
        {
            return [];
        }

        var kept = new KeyValuePair<string, string>[Math.Min(attributes.Count, store.Limits.MaxAttributes)];
        for (var i = 0; i < kept.Length; i++)
        {
            var attribute = attributes[i];
            var value = Truncate(attribute.Value is null ? string.Empty : Text(attribute.Value), store.Limits.MaxValueLength);
            kept[i] = new(_pool.Get(attribute.Key), value.Length <= 32 ? _pool.Get(value) : value);
        }

        return kept;
    }

    private static string ServiceName(Otlp.Resource? resource)
    {
        if (resource is not null)
        {
            foreach (var attribute in resource.Attributes)
            {
                if (attribute.Key == "service.name" && attribute.Value?.StringValue is { Length: > 0 } name)
                {
                    return name;
                }
            }
        }

        return UnknownResource;
    }

    private static LogSeverity Severity(SeverityNumber number) => (int)number switch
    {
        <= 4 => LogSeverity.Trace,
        <= 8 => LogSeverity.Debug,
        <= 12 => LogSeverity.Information,
        <= 16 => LogSeverity.Warning,
        <= 20 => LogSeverity.Error,
        _ => LogSeverity.Critical,
    };

    public static string Text(AnyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ValueCase switch
        {
            AnyValue.ValueOneofCase.StringValue => value.StringValue,
            AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
            AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
            AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(kv => kv.Key + ": " + (kv.Value is null ? string.Empty : Text(kv.Value)))) + "}",
            AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
            _ => string.Empty,
        };
    }

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
