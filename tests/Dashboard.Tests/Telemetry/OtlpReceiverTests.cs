using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using CareServices.AppHost.Telemetry;
using CareServices.AppHost.Telemetry.Otlp;
using CareServices.Dashboard.Tests.Infrastructure;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SpanKind = CareServices.AppHost.Telemetry.SpanKind;

namespace CareServices.Dashboard.Tests.Telemetry;

/// <summary>The receiver fed by the real OpenTelemetry .NET exporter, over OTLP/HTTP protobuf and OTLP/gRPC.</summary>
public sealed class OtlpReceiverTests(DashboardOnly dashboard) : IClassFixture<DashboardOnly>
{
    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public void Spans_exported_by_the_sdk_are_kept_as_one_trace_with_their_parent_links(OtlpExportProtocol protocol)
    {
        var service = $"svc{protocol}".ToLowerInvariant();
        using var source = new ActivitySource(service);
        string traceId, parentId, childId;
        using (var tracing = Sdk.CreateTracerProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
                   .AddSource(service)
                   .AddOtlpExporter(options => Configure(options, protocol, "/v1/traces"))
                   .Build())
        {
            using (var parent = source.StartActivity("POST /api/assessment/recipients", ActivityKind.Server)!)
            {
                parent.SetTag("http.response.status_code", 201);
                using var child = source.StartActivity("publish RecipientRegistered", ActivityKind.Producer)!;
                (traceId, parentId, childId) = (parent.TraceId.ToHexString(), parent.SpanId.ToHexString(), child.SpanId.ToHexString());
            }

            Assert.True(tracing.ForceFlush(10_000));
        }

        var spans = dashboard.App.Telemetry.Spans.Trace(traceId);

        Assert.Equal(2, spans.Count);
        var server = Assert.Single(spans, s => s.SpanId == parentId);
        var producer = Assert.Single(spans, s => s.SpanId == childId);
        Assert.Null(server.ParentSpanId);
        Assert.Equal(parentId, producer.ParentSpanId);
        Assert.Equal(service, server.Resource);
        Assert.Equal(SpanKind.Server, server.Kind);
        Assert.Equal(SpanKind.Producer, producer.Kind);
        Assert.Equal("201", server.Attribute("http.response.status_code"));
        Assert.True(server.EndUnixNano >= producer.EndUnixNano);
        Assert.Contains(dashboard.App.Telemetry.Spans.RecentTraces(50), t => t.TraceId == traceId && t.Name == "POST /api/assessment/recipients");
    }

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task Log_records_are_kept_with_resource_level_message_and_trace_id(OtlpExportProtocol protocol)
    {
        var service = $"logs{protocol}".ToLowerInvariant();
        using var source = new ActivitySource(service);
        using var listener = new ActivityListener { ShouldListenTo = s => s.Name == service, Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var loggers = LoggerFactory.Create(logging => logging.AddOpenTelemetry(otel =>
               {
                   otel.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service));
                   otel.IncludeFormattedMessage = true;
                   otel.AddOtlpExporter(options => Configure(options, protocol, "/v1/logs"));
               })))
        {
            using var activity = source.StartActivity("work")!;
            traceId = activity.TraceId.ToHexString();
            var logger = loggers.CreateLogger("CareServices.Test");
#pragma warning disable CA1848, CA2254 // A plain call is what is under test here.
            logger.LogWarning("Recipient {RecipientId} could not be planned", 42);
            logger.LogDebug("below the default level of the provider");
#pragma warning restore CA1848, CA2254
        }

        var found = await WaitForAsync(() => dashboard.App.Telemetry.Logs.Query(new LogQuery(service, TraceId: traceId), 10));

        var log = Assert.Single(found);
        Assert.Equal(LogSeverity.Warning, log.Severity);
        Assert.Equal("Recipient 42 could not be planned", log.Message);
        Assert.Equal("CareServices.Test", log.Category);
        Assert.Contains(log.Attributes, a => a.Key == "RecipientId" && a.Value == "42");
        Assert.Empty(dashboard.App.Telemetry.Logs.Query(new LogQuery(service, LogSeverity.Error), 10));
    }

    [Fact]
    public void Request_duration_histograms_become_rate_error_share_and_percentiles()
    {
        const string service = "metricsvc";
        // Not ASP.NET Core's own meter: the dashboard in this process records its requests there.
        using var meter = new Meter("CareServices.Test.Hosting");
        var duration = meter.CreateHistogram<double>("http.server.request.duration", unit: "s", description: null, tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1] });
        using (var metrics = Sdk.CreateMeterProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
                   .AddMeter(meter.Name)
                   .AddOtlpExporter(options => Configure(options, OtlpExportProtocol.HttpProtobuf, "/v1/metrics"))
                   .Build())
        {
            for (var i = 0; i < 30; i++)
            {
                duration.Record(0.02, new KeyValuePair<string, object?>("http.response.status_code", 200), new("http.route", "/api/x"));
            }

            for (var i = 0; i < 10; i++)
            {
                duration.Record(0.02, new KeyValuePair<string, object?>("http.response.status_code", 500), new("http.route", "/api/x"));
            }

            // Probes are left out of every chart.
            duration.Record(0.001, new KeyValuePair<string, object?>("http.response.status_code", 200), new("http.route", "/health"));
            Assert.True(metrics.ForceFlush(10_000));
        }

        var store = dashboard.App.Telemetry.Metrics;
        var rate = store.Series(service, "http.server.request.duration", MetricView.RatePerSecond).Select(p => p.Value).OfType<double>().Sum();
        var errors = store.Series(service, "http.server.request.duration", MetricView.ErrorPercent).Select(p => p.Value).OfType<double>().Single();
        var p50 = store.Series(service, "http.server.request.duration", MetricView.P50).Select(p => p.Value).OfType<double>().Single();

        Assert.Equal(40.0 / dashboard.App.Telemetry.Limits.MetricBucket.TotalSeconds, rate, 6);
        Assert.Equal(25, errors, 6);
        // 0.02 s falls in the bucket (0.01, 0.025].
        Assert.InRange(p50, 0.01, 0.025);
    }

    [Fact]
    public async Task An_export_without_the_key_is_refused_and_stores_nothing()
    {
        using var http = new HttpClient();
        var request = TraceRequest("intruder");

        using var response = await http.PostAsync(new Uri(dashboard.Otlp.Http, "/v1/traces"), Protobuf(request));
        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, new Uri(dashboard.Otlp.Http, "/v1/traces")) { Content = Protobuf(request) };
        wrongKey.Headers.Add(OtlpApiKey.HeaderName, "guess");
        using var guessed = await http.SendAsync(wrongKey);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.DoesNotContain(dashboard.App.Telemetry.Spans.RecentTraces(1000), t => t.Resources.Contains("intruder"));
    }

    [Fact]
    public async Task A_hand_built_protobuf_request_is_answered_with_an_otlp_response_and_bad_bodies_with_400_or_415()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add(OtlpApiKey.HeaderName, dashboard.Otlp.ApiKey);

        using var accepted = await http.PostAsync(new Uri(dashboard.Otlp.Http, "/v1/traces"), Protobuf(TraceRequest("handbuilt")));
        using var garbage = await http.PostAsync(new Uri(dashboard.Otlp.Http, "/v1/traces"), new ByteArrayContent([0xff, 0xff, 0xff]) { Headers = { ContentType = new("application/x-protobuf") } });
        using var json = await http.PostAsync(new Uri(dashboard.Otlp.Http, "/v1/traces"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("application/x-protobuf", accepted.Content.Headers.ContentType?.MediaType);
        ExportTraceServiceResponse.Parser.ParseFrom(await accepted.Content.ReadAsByteArrayAsync());
        Assert.Contains(dashboard.App.Telemetry.Spans.RecentTraces(1000), t => t.Resources.Contains("handbuilt"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    internal static ExportTraceServiceRequest TraceRequest(string service, int spans = 1)
    {
        var now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "test" } };
        var traceId = ByteString.CopyFrom(Guid.NewGuid().ToByteArray());
        for (var i = 0; i < spans; i++)
        {
            scope.Spans.Add(new Span
            {
                TraceId = traceId,
                SpanId = ByteString.CopyFrom(BitConverter.GetBytes(Random.Shared.NextInt64())),
                Name = $"span {i}",
                Kind = Span.Types.SpanKind.Internal,
                StartTimeUnixNano = now,
                EndTimeUnixNano = now + 1_000_000,
            });
        }

        var resource = new ResourceSpans { Resource = new AppHost.Telemetry.Otlp.Resource(), ScopeSpans = { scope } };
        resource.Resource.Attributes.Add(new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = service } });
        return new ExportTraceServiceRequest { ResourceSpans = { resource } };
    }

    private static ByteArrayContent Protobuf(IMessage message) =>
        new(message.ToByteArray()) { Headers = { ContentType = new("application/x-protobuf") } };

    private void Configure(OtlpExporterOptions options, OtlpExportProtocol protocol, string path)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.Grpc ? dashboard.Otlp.Grpc : new Uri(dashboard.Otlp.Http, path);
        options.Headers = $"{OtlpApiKey.HeaderName}={dashboard.Otlp.ApiKey}";
    }

    private static async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<IReadOnlyList<T>> query)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (query() is { Count: 0 } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return query();
    }
}
