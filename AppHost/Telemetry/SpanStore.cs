namespace CareServices.AppHost.Telemetry;

/// <summary>
/// Received spans, grouped by trace, in arrival order; past <see cref="TelemetryLimits.MaxSpans"/> the oldest span
/// goes, and a trace whose last span went is forgotten.
/// </summary>
public sealed class SpanStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Queue<StoredSpan> _spans = new();
    private readonly Dictionary<string, List<StoredSpan>> _traces = new(StringComparer.Ordinal);
    private long _version;
    private long _evicted;

    public int Capacity => limits.MaxSpans;

    /// <summary>Grows with every change; pages compare it to decide whether to render again.</summary>
    public long Version => Interlocked.Read(ref _version);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _spans.Count;
            }
        }
    }

    /// <summary>Spans dropped to stay within the limit since the start.</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    public void Add(IReadOnlyList<StoredSpan> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (_spans.Count >= limits.MaxSpans)
                {
                    Evict(_spans.Dequeue());
                }

                _spans.Enqueue(span);
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    trace = [];
                    _traces[span.TraceId] = trace;
                }

                trace.Add(span);
            }
        }

        Interlocked.Increment(ref _version);
    }

    /// <summary>Every kept span of the trace, earliest start first; empty when unknown or evicted.</summary>
    public IReadOnlyList<StoredSpan> Trace(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var trace)
                ? [.. trace.OrderBy(s => s.StartUnixNano)]
                : [];
        }
    }

    /// <summary>The newest traces first, optionally only those a resource took part in or whose name contains a text.</summary>
    public IReadOnlyList<TraceSummary> RecentTraces(int count, string? resource = null, string? search = null)
    {
        List<StoredSpan[]> traces;
        lock (_gate)
        {
            traces = [.. _traces.Values.Select(t => t.ToArray())];
        }

        return [.. traces
            .Select(Summarize)
            .Where(t => resource is null || t.Resources.Contains(resource, StringComparer.Ordinal))
            .Where(t => string.IsNullOrWhiteSpace(search)
                        || t.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || t.TraceId.StartsWith(search.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => t.Start)
            .Take(count)];
    }

    public static TraceSummary Summarize(IReadOnlyList<StoredSpan> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        // The root is the span without a parent; a trace whose root is not (yet) here shows its earliest orphan.
        var root = spans.Where(s => s.ParentSpanId is null).MinBy(s => s.StartUnixNano)
                   ?? spans.Where(s => s.ParentSpanId is not null && !ids.Contains(s.ParentSpanId)).MinBy(s => s.StartUnixNano)
                   ?? spans.MinBy(s => s.StartUnixNano)!;
        var start = spans.Min(s => s.StartUnixNano);
        var end = spans.Max(s => s.EndUnixNano);
        return new TraceSummary(
            root.TraceId,
            root.Name,
            root.Resource,
            DateTimeOffset.FromUnixTimeMilliseconds(start / 1_000_000),
            TimeSpan.FromTicks(Math.Max(0, end - start) / 100),
            spans.Count,
            [.. spans.Select(s => s.Resource).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            spans.Any(s => s.Status == SpanStatus.Error));
    }

    private void Evict(StoredSpan oldest)
    {
        _evicted++;
        if (_traces.TryGetValue(oldest.TraceId, out var trace))
        {
            // Spans of a trace arrive roughly in order, so the oldest is at or near the front.
            var index = trace.FindIndex(span => ReferenceEquals(span, oldest));
            if (index >= 0)
            {
                trace.RemoveAt(index);
            }

            if (trace.Count == 0)
            {
                _traces.Remove(oldest.TraceId);
            }
        }
    }
}
