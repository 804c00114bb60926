using CareServices.AppHost.Telemetry;

namespace CareServices.Dashboard.Tests.Telemetry;

/// <summary>The stores keep at most what the limits allow, dropping the oldest first.</summary>
public sealed class RetentionTests
{
    private static readonly TelemetryLimits Small = new() { MaxSpans = 5, MaxLogs = 3, MetricWindow = TimeSpan.FromSeconds(60), MetricBucket = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Past_the_span_limit_the_oldest_spans_go_and_a_trace_whose_spans_all_went_is_forgotten()
    {
        var store = new SpanStore(Small);
        store.Add([Span("a", "1"), Span("a", "2", parent: "1"), Span("b", "3")]);
        store.Add([Span("c", "4"), Span("c", "5"), Span("c", "6"), Span("c", "7")]);

        Assert.Equal(5, store.Count);
        Assert.Equal(2, store.Evicted);
        Assert.Empty(store.Trace("a"));
        Assert.Single(store.Trace("b"));
        Assert.Equal(4, store.Trace("c").Count);
        Assert.Equal(["c", "b"], store.RecentTraces(10).Select(t => t.TraceId));
    }

    [Fact]
    public void Past_the_log_limit_the_oldest_records_go_and_queries_return_the_newest_first()
    {
        var store = new LogStore(Small);
        store.Add([.. Enumerable.Range(1, 5).Select(i => Log($"message {i}", i % 2 == 0 ? LogSeverity.Error : LogSeverity.Information))]);

        var all = store.Query(new LogQuery(), 10);
        var errors = store.Query(new LogQuery(MinimumSeverity: LogSeverity.Error), 10);

        Assert.Equal(3, store.Count);
        Assert.Equal(2, store.Evicted);
        Assert.Equal(["message 5", "message 4", "message 3"], all.Select(l => l.Message));
        Assert.Equal(["message 4"], errors.Select(l => l.Message));
    }

    [Fact]
    public void Metric_history_covers_the_window_only_and_cumulative_points_become_increases()
    {
        var time = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1_000_000));
        var store = new MetricStore(Small, time);
        var counter = new MetricDescriptor("requests", "{request}", string.Empty);
        long Nanos(DateTimeOffset at) => at.ToUnixTimeMilliseconds() * 1_000_000;

        store.AddSum("svc", counter, "route=/a", cumulative: true, monotonic: true, 100, Nanos(time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(10));
        store.AddSum("svc", counter, "route=/a", cumulative: true, monotonic: true, 130, Nanos(time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(10));
        // The process restarted: its counter starts again from zero.
        store.AddSum("svc", counter, "route=/a", cumulative: true, monotonic: true, 5, Nanos(time.GetUtcNow()));

        var rates = store.Series("svc", "requests", MetricView.RatePerSecond);
        Assert.Equal(6, rates.Count);
        Assert.Equal([10.0, 3.0, 0.5], rates.TakeLast(3).Select(p => p.Value!.Value));

        time.Advance(TimeSpan.FromSeconds(70));
        Assert.All(store.Series("svc", "requests", MetricView.RatePerSecond), p => Assert.Null(p.Value));
    }

    [Fact]
    public void Percentiles_interpolate_inside_the_bucket_the_rank_falls_in()
    {
        double[] bounds = [0.01, 0.1, 1];
        double[] counts = [50, 40, 10, 0];

        Assert.Equal(0.01, MetricStore.Percentile(bounds, counts, 0.5)!.Value, 6);
        Assert.Equal(0.1 + (0.9 * 0.5), MetricStore.Percentile(bounds, counts, 0.95)!.Value, 6);
        Assert.Null(MetricStore.Percentile(bounds, [0, 0, 0, 0], 0.5));
    }

    [Fact]
    public void An_instrument_past_the_per_resource_limit_is_ignored()
    {
        var store = new MetricStore(Small with { MaxInstrumentsPerResource = 2 }, TimeProvider.System);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;

        foreach (var name in new[] { "one", "two", "three" })
        {
            store.AddGauge("svc", new MetricDescriptor(name, string.Empty, string.Empty), string.Empty, 1, now);
        }

        Assert.Equal(["one", "two"], store.Instruments("svc").Select(i => i.Name));
    }

    private static StoredSpan Span(string trace, string id, string? parent = null) =>
        new(trace, id, parent, "svc", "test", $"span {id}", SpanKind.Internal, Seconds(id), Seconds(id) + 10, SpanStatus.Unset, null, [], []);

    private static long Seconds(string id) => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000_000;

    private static StoredLog Log(string message, LogSeverity severity) =>
        new(0, 1, "svc", "Test", severity, message, null, null, []);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
