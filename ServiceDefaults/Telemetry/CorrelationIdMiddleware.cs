using System.Buffers;
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
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    /// <summary>The id settled on for this request, once the middleware has run.</summary>
    public static string? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var id) ? id as string : null;

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        // Created once: this runs on every request of every service and the gateway.
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CareServices.Correlation");
        return app.Use(async (context, next) =>
        {
            var correlationId = Sanitize(context.Request.Headers[HeaderName].ToString())
                                ?? Activity.Current?.TraceId.ToString()
                                ?? context.TraceIdentifier;
            context.Items[ItemKey] = correlationId;
            // Set late and only when absent: behind the gateway the service's answer already carries the same id.
            context.Response.OnStarting(SetResponseHeader, context);
            Activity.Current?.SetTag("correlation.id", correlationId);

            using (logger.BeginScope(new CorrelationScope(correlationId)))
            {
                await next(context);
            }
        });
    }

    private static Task SetResponseHeader(object state)
    {
        var context = (HttpContext)state;
        if (Get(context) is { } id)
        {
            context.Response.Headers.TryAdd(HeaderName, id);
        }
        return Task.CompletedTask;
    }

    /// <summary>Only short, printable ids pass, so the header can never smuggle text into logs.</summary>
    private static string? Sanitize(string value) =>
        value.Length is > 0 and <= 64 && !value.AsSpan().ContainsAnyExcept(Allowed) ? value : null;
}
