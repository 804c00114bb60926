namespace CareServices.AppHost.Telemetry;

/// <summary>One instrument of one resource: a ring of time buckets covering the retention window.</summary>
public sealed class InstrumentHistory
{
    private readonly MetricBucket?[] _ring;
    private readonly long _bucketSeconds;

    public InstrumentHistory(string resource, string name, string unit, string description, MetricKind kind, IReadOnlyList<double> bounds, TelemetryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Resource = resource;
        Name = name;
        Unit = unit;
        Description = description;
        Kind = kind;
        Bounds = [.. bounds];
        _bucketSeconds = Math.Max(1, (long)limits.MetricBucket.TotalSeconds);
        _ring = new MetricBucket?[Math.Max(2, (int)(limits.MetricWindow.TotalSeconds / _bucketSeconds))];
    }

    public string Resource { get; }

    public string Name { get; }

    public string Unit { get; }

    public string Description { get; }

    public MetricKind Kind { get; }

    /// <summary>Explicit histogram bounds (upper bounds of all but the last bucket).</summary>
    public IReadOnlyList<double> Bounds { get; }

    public long BucketSeconds => _bucketSeconds;

    /// <summary>The bucket holding <paramref name="unixSeconds"/>, replacing one that has fallen out of the window.</summary>
    internal MetricBucket BucketAt(long unixSeconds)
    {
        var start = unixSeconds - (unixSeconds % _bucketSeconds);
        var index = (int)((start / _bucketSeconds) % _ring.Length);
        var bucket = _ring[index];
        if (bucket is null || bucket.StartUnixSeconds != start)
        {
            bucket = new MetricBucket(start, Kind == MetricKind.Histogram ? Bounds.Count + 1 : 0);
            _ring[index] = bucket;
        }

        return bucket;
    }

    /// <summary>Every bucket of the window ending at <paramref name="nowUnixSeconds"/>, oldest first; null where nothing arrived.</summary>
    internal IEnumerable<(long Start, MetricBucket? Bucket)> Window(long nowUnixSeconds)
    {
        var last = nowUnixSeconds - (nowUnixSeconds % _bucketSeconds);
        for (var i = _ring.Length - 1; i >= 0; i--)
        {
            var start = last - (i * _bucketSeconds);
            var bucket = _ring[(int)((start / _bucketSeconds) % _ring.Length)];
            yield return (start, bucket is not null && bucket.StartUnixSeconds == start ? bucket : null);
        }
    }
}
