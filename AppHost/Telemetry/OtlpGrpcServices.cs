using CareServices.AppHost.Telemetry.Otlp;
using Grpc.Core;

namespace CareServices.AppHost.Telemetry;

/// <summary>OTLP/gRPC: the three collector services, sharing <see cref="OtlpIngest"/> with OTLP/HTTP.</summary>
internal static class OtlpGrpcServices
{
    public static void Authorize(ServerCallContext context, OtlpApiKey key)
    {
        if (!key.Matches(context.RequestHeaders.GetValue(OtlpApiKey.HeaderName)))
        {
            throw new RpcException(new Grpc.Core.Status(StatusCode.Unauthenticated, $"Missing or wrong {OtlpApiKey.HeaderName}."));
        }
    }

    internal sealed class Traces(OtlpIngest ingest, OtlpApiKey key) : TraceService.TraceServiceBase
    {
        public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
        {
            Authorize(context, key);
            ingest.Ingest(request);
            return Task.FromResult(new ExportTraceServiceResponse());
        }
    }

    internal sealed class Logs(OtlpIngest ingest, OtlpApiKey key) : LogsService.LogsServiceBase
    {
        public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
        {
            Authorize(context, key);
            ingest.Ingest(request);
            return Task.FromResult(new ExportLogsServiceResponse());
        }
    }

    internal sealed class Metrics(OtlpIngest ingest, OtlpApiKey key) : MetricsService.MetricsServiceBase
    {
        public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
        {
            Authorize(context, key);
            ingest.Ingest(request);
            return Task.FromResult(new ExportMetricsServiceResponse());
        }
    }
}
