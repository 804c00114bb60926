using CareServices.Bench.OtlpSender.Otlp;
using Google.Protobuf;

namespace CareServices.Bench.OtlpSender;

/// <summary>
/// Serialized ExportTraceServiceRequests shaped like the services' own: traces of ten spans (a server span, client
/// and database spans, a producer and consumers) with the attributes ASP.NET Core, HttpClient and Npgsql set.
/// Built once, so the sender spends its time sending, not serializing.
/// </summary>
internal static class SpanBatches
{
    public const int SpansPerTrace = 10;
    private static readonly string[] Services = ["gateway", "assessment", "scheduling", "documentation", "activities", "notifications"];

    public static byte[][] Build(int count, int spansPerBatch)
    {
        var batches = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            batches[i] = Batch(spansPerBatch).ToByteArray();
        }

        return batches;
    }

    private static ExportTraceServiceRequest Batch(int spans)
    {
        var request = new ExportTraceServiceRequest();
        var now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        foreach (var service in Services)
        {
            var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore", Version = "10.0.0" } };
            var resource = new ResourceSpans { Resource = new Resource(), ScopeSpans = { scope } };
            resource.Resource.Attributes.Add(Attribute("service.name", service));
            resource.Resource.Attributes.Add(Attribute("service.instance.id", Guid.NewGuid().ToString()));
            resource.Resource.Attributes.Add(Attribute("telemetry.sdk.name", "opentelemetry"));
            request.ResourceSpans.Add(resource);
        }

        for (var n = 0; n < spans; n += SpansPerTrace)
        {
            var traceId = ByteString.CopyFrom(Guid.NewGuid().ToByteArray());
            ByteString? parent = null;
            for (var s = 0; s < SpansPerTrace && n + s < spans; s++)
            {
                var spanId = ByteString.CopyFrom(BitConverter.GetBytes(Random.Shared.NextInt64()));
                var start = now + (ulong)(s * 1_000_000);
                var span = new Span
                {
                    TraceId = traceId,
                    SpanId = spanId,
                    ParentSpanId = parent ?? ByteString.Empty,
                    Name = s == 0 ? "POST /api/assessment/recipients" : $"SELECT careservices {s}",
                    Kind = s == 0 ? Span.Types.SpanKind.Server : Span.Types.SpanKind.Client,
                    StartTimeUnixNano = start,
                    EndTimeUnixNano = start + 2_500_000,
                    Status = new Status { Code = Status.Types.StatusCode.Unset },
                    Attributes =
                    {
                        Attribute("http.request.method", "POST"),
                        Attribute("url.path", "/api/assessment/recipients"),
                        Attribute("http.route", "/api/assessment/recipients"),
                        Attribute("server.address", "127.0.0.1"),
                        Attribute("network.protocol.version", "1.1"),
                        Attribute("db.system", "postgresql"),
                        Attribute("correlation.id", Guid.NewGuid().ToString("N")),
                        new KeyValue { Key = "http.response.status_code", Value = new AnyValue { IntValue = 201 } },
                    },
                };
                request.ResourceSpans[(n / SpansPerTrace + s) % Services.Length].ScopeSpans[0].Spans.Add(span);
                parent ??= spanId;
            }
        }

        return request;
    }

    private static KeyValue Attribute(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };
}
