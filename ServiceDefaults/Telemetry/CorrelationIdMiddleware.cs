using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Telemetry;

/// <summary>
/// Carries the caller's <c>X-Correlation-Id</c> (or the trace id when none is given) into the log scope
/// and back onto the response, so one id ties a user's complaint to every log line it caused.
/// </summary>
public static class CorrelationIdMiddleware
{
    public const string HeaderName = "X-Correlation-Id";
    private const string ItemKey = "CareServices.CorrelationId";

    /// <summary>The id settled on for this request, once the middleware has run.</summary>
    public static string? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var id) ? id as string : null;

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var correlationId = Sanitize(context.Request.Headers[HeaderName].ToString())
                                ?? Activity.Current?.TraceId.ToString()
                                ?? context.TraceIdentifier;
            context.Items[ItemKey] = correlationId;
            // Set late and only when absent: behind the gateway the service's answer already carries the same id.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.TryAdd(HeaderName, correlationId);
                return Task.CompletedTask;
            });
            Activity.Current?.SetTag("correlation.id", correlationId);

            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CareServices.Correlation");
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
            {
                await next(context);
            }
        });

    /// <summary>Only short, printable ids pass, so the header can never smuggle text into logs.</summary>
    private static string? Sanitize(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? value
            : null;
}
