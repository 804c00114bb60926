namespace CareServices.AppHost.Telemetry;

/// <summary>
/// Metrics per resource and instrument as time buckets of deltas. Exporters usually send cumulative points, so the
/// last cumulative value of each attribute set is kept to turn them into increases; a drop means the process
/// restarted and the new value counts whole.
/// </summary>
public sealed class MetricStore(TelemetryLimits limits, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Resource, string Name), InstrumentHistory> _instruments = [];
    private readonly Dictionary<string, SeriesState> _series = new(StringComparer.Ordinal);
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public TelemetryLimits Limits => limits;

    public IReadOnlyList<string> Resources()
    {
        lock (_gate)
        {
            return [.. _instruments.Keys.Select(k => k.Resource).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<InstrumentHistory> Instruments(string resource)
    {
        lock (_gate)
        {
            return [.. _instruments.Values.Where(i => i.Resource == resource).OrderBy(i => i.Name, StringComparer.Ordinal)];
        }
    }

    public void AddSum(string resource, MetricDescriptor descriptor, string seriesKey, bool cumulative, bool monotonic, double value, long timeUnixNano)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        lock (_gate)
        {
            var kind = monotonic ? MetricKind.Counter : MetricKind.Gauge;
            if (Instrument(resource, descriptor, kind, []) is not { } instrument)
            {
                return;
            }

            var bucket = instrument.BucketAt(timeUnixNano / 1_000_000_000);
            if (!monotonic)
            {
                bucket.GaugeValues[seriesKey] = value;
            }
            else if (!cumulative)
            {
                bucket.Count += value;
            }
            else if (State(resource, descriptor.Name, seriesKey) is { } state)
            {
                bucket.Count += value >= state.Value ? value - state.Value : value;
                state.Value = value;
            }
        }

        Interlocked.Increment(ref _version);
    }

    public void AddGauge(string resource, MetricDescriptor descriptor, string seriesKey, double value, long timeUnixNano)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        lock (_gate)
        {
            if (Instrument(resource, descriptor, MetricKind.Gauge, []) is { } instrument)
            {
                instrument.BucketAt(timeUnixNano / 1_000_000_000).GaugeValues[seriesKey] = value;
            }
        }

        Interlocked.Increment(ref _version);
    }

    public void AddHistogram(string resource, MetricDescriptor descriptor, string seriesKey, bool cumulative, HistogramValue value, bool isError, long timeUnixNano)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (Instrument(resource, descriptor, MetricKind.Histogram, value.Bounds) is not { } instrument)
            {
                return;
            }

            double count = value.Count, sum = value.Sum;
            var buckets = value.BucketCounts.Select(c => (double)c).ToArray();
            if (cumulative)
            {
                if (State(resource, descriptor.Name, seriesKey) is not { } state)
                {
                    return;
                }

                // A smaller count than last time: the process restarted, so this point is all new.
                if (count >= state.Value && state.Buckets.Length == buckets.Length)
                {
                    var previous = state.Buckets;
                    state.Buckets = (double[])buckets.Clone();
                    for (var i = 0; i < buckets.Length; i++)
                    {
                        buckets[i] -= previous[i];
                    }

                    (count, sum, state.Value, state.Sum) = (count - state.Value, sum - state.Sum, count, sum);
                }
                else
                {
                    (state.Value, state.Sum, state.Buckets) = (count, sum, (double[])buckets.Clone());
                }
            }

            if (count <= 0)
            {
                return;
            }

            var bucket = instrument.BucketAt(timeUnixNano / 1_000_000_000);
            bucket.Count += count;
            bucket.Sum += sum;
            if (isError)
            {
                bucket.ErrorCount += count;
            }

            if (buckets.Length == bucket.BucketCounts.Length && value.Bounds.SequenceEqual(instrument.Bounds))
            {
                for (var i = 0; i < buckets.Length; i++)
                {
                    bucket.BucketCounts[i] += buckets[i];
                }
            }
        }

        Interlocked.Increment(ref _version);
    }

    /// <summary>A chart's points over the retention window, one per bucket.</summary>
    public IReadOnlyList<MetricPoint> Series(string resource, string name, MetricView view)
    {
        lock (_gate)
        {
            if (!_instruments.TryGetValue((resource, name), out var instrument))
            {
                return [];
            }

            var now = time.GetUtcNow().ToUnixTimeSeconds();
            return [.. instrument.Window(now).Select(entry => new MetricPoint(
                DateTimeOffset.FromUnixTimeSeconds(entry.Start),
                entry.Bucket is null ? null : Value(instrument, entry.Bucket, view)))];
        }
    }

    private static double? Value(InstrumentHistory instrument, MetricBucket bucket, MetricView view) => view switch
    {
        MetricView.RatePerSecond => bucket.Count / instrument.BucketSeconds,
        MetricView.ErrorPercent => bucket.Count > 0 ? 100 * bucket.ErrorCount / bucket.Count : null,
        MetricView.P50 => Percentile(instrument.Bounds, bucket.BucketCounts, 0.50),
        MetricView.P95 => Percentile(instrument.Bounds, bucket.BucketCounts, 0.95),
        MetricView.P99 => Percentile(instrument.Bounds, bucket.BucketCounts, 0.99),
        MetricView.Value => bucket.GaugeValues.Count > 0 ? bucket.GaugeValues.Values.Sum() : null,
        _ => null,
    };

    /// <summary>The quantile by linear interpolation inside the bucket it falls in (the last bucket reports its lower bound).</summary>
    public static double? Percentile(IReadOnlyList<double> bounds, IReadOnlyList<double> counts, double quantile)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum();
        if (total <= 0 || counts.Count != bounds.Count + 1)
        {
            return null;
        }

        var rank = quantile * total;
        double seen = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] > 0 && seen + counts[i] >= rank)
            {
                var lower = i == 0 ? 0 : bounds[i - 1];
                if (i == bounds.Count)
                {
                    return lower;
                }

                var upper = bounds[i];
                return lower + ((upper - lower) * (rank - seen) / counts[i]);
            }

            seen += counts[i];
        }

        return bounds.Count > 0 ? bounds[^1] : null;
    }

    private InstrumentHistory? Instrument(string resource, MetricDescriptor descriptor, MetricKind kind, IReadOnlyList<double> bounds)
    {
        if (_instruments.TryGetValue((resource, descriptor.Name), out var instrument))
        {
            return instrument.Kind == kind ? instrument : null;
        }

        if (_instruments.Keys.Count(k => k.Resource == resource) >= limits.MaxInstrumentsPerResource)
        {
            return null;
        }

        instrument = new InstrumentHistory(resource, descriptor.Name, descriptor.Unit, descriptor.Description, kind, bounds, limits);
        _instruments[(resource, descriptor.Name)] = instrument;
        return instrument;
    }

    /// <summary>The last cumulative values of one attribute set; null once the series limit is reached.</summary>
    private SeriesState? State(string resource, string name, string seriesKey)
    {
        var key = string.Concat(resource, "\u001f", name, "\u001f", seriesKey);
        if (_series.TryGetValue(key, out var state))
        {
            return state;
        }

        if (_series.Count >= limits.MaxMetricSeries)
        {
            return null;
        }

        state = new SeriesState();
        _series[key] = state;
        return state;
    }

    private sealed class SeriesState
    {
        public double Value { get; set; }

        public double Sum { get; set; }

        public double[] Buckets { get; set; } = [];
    }
}
