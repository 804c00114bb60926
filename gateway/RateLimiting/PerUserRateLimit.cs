using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace CareServices.Gateway.RateLimiting;

/// <summary>
/// A fixed window per user (the token's subject and municipality), or per address for a caller without a valid
/// token, so one busy client cannot starve the others. It is the global limiter: every request counts, before
/// authorization refuses anything, so floods of 401s and 403s, <c>/dev/token</c> and <c>/health</c> are throttled
/// too. Rejections are 429 ProblemDetails with Retry-After.
/// </summary>
public static class PerUserRateLimit
{
    public static WebApplicationBuilder AddPerUserRateLimit(this WebApplicationBuilder builder, RateLimitSettings settings)
    {
        // One options object and one factory for every partition: the policy runs on every proxied request.
        var limiterOptions = new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        Func<RateLimitKey, FixedWindowRateLimiterOptions> factory = _ => limiterOptions;
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, RateLimitKey>(
                context => RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), factory));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
                var http = rejected.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"At most {settings.PermitLimit} requests per {settings.Window.TotalSeconds:0} s per user; retry after the time in Retry-After.",
                    },
                });
            };
        });
        return builder;
    }

    /// <summary>The validated token's subject within its municipality; else the caller's address (a forged token counts there).</summary>
    private static RateLimitKey PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            return new RateLimitKey(user.FindFirst(ClaimNames.Municipality)?.Value, user.FindFirst(ClaimNames.Subject)?.Value, null);
        }
        return new RateLimitKey(null, null, context.Connection.RemoteIpAddress);
    }

    /// <summary>A partition key compared by value, so finding a caller's limiter builds no string.</summary>
    private readonly record struct RateLimitKey(string? Municipality, string? Subject, IPAddress? Address);
}
