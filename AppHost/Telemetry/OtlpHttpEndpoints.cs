using System.IO.Compression;
using CareServices.AppHost.Telemetry.Otlp;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareServices.AppHost.Telemetry;

/// <summary>OTLP/HTTP with binary protobuf: <c>POST /v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c> (gzip allowed).</summary>
internal static class OtlpHttpEndpoints
{
    private const string Protobuf = "application/x-protobuf";
    private const int MaxBodyBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlpHttp(this IEndpointRouteBuilder app)
    {
        var otlp = app.MapGroup("/v1").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        otlp.MapPost("/traces", (HttpContext context, OtlpIngest ingest, OtlpApiKey key) =>
            ReceiveAsync(context, key, ExportTraceServiceRequest.Parser, request => ingest.Ingest(request), new ExportTraceServiceResponse()));
        otlp.MapPost("/logs", (HttpContext context, OtlpIngest ingest, OtlpApiKey key) =>
            ReceiveAsync(context, key, ExportLogsServiceRequest.Parser, request => ingest.Ingest(request), new ExportLogsServiceResponse()));
        otlp.MapPost("/metrics", (HttpContext context, OtlpIngest ingest, OtlpApiKey key) =>
            ReceiveAsync(context, key, ExportMetricsServiceRequest.Parser, request => ingest.Ingest(request), new ExportMetricsServiceResponse()));
        return app;
    }

    private static async Task ReceiveAsync<TRequest>(HttpContext context, OtlpApiKey key, MessageParser<TRequest> parser,
        Action<TRequest> ingest, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        if (!key.Matches(context.Request.Headers[OtlpApiKey.HeaderName]))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!(context.Request.ContentType ?? string.Empty).StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            // OTLP/HTTP JSON is not read: the .NET exporters send protobuf.
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        TRequest request;
        try
        {
            var gzip = string.Equals(context.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
            using var body = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 64 * 1024, MaxBodyBytes));
            var source = gzip ? new GZipStream(context.Request.Body, CompressionMode.Decompress) : context.Request.Body;
            await using (source.ConfigureAwait(false))
            {
                await source.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
            }

            body.Position = 0;
            request = parser.ParseFrom(body);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        ingest(request);
        context.Response.ContentType = Protobuf;
        await context.Response.Body.WriteAsync(response.ToByteArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
