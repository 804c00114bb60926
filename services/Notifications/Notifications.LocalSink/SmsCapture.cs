using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.LocalSink;

/// <summary>The HTTP SMS endpoint: accepts what a provider would send on, and says so with the id it stored it under.</summary>
public static class SmsCapture
{
    public sealed record Accepted(Guid Id);

    public static IEndpointRouteBuilder MapSmsCapture(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sms", CaptureAsync).WithName("CaptureSms");
        return app;
    }

    private static async Task<Results<Ok<Accepted>, UnauthorizedHttpResult, BadRequest<string>>> CaptureAsync(
        CapturedSms sms, HttpRequest request, SmsStore store, IOptions<SinkOptions> options, CancellationToken cancellationToken)
    {
        var key = options.Value.SmsKey;
        if (key.Length > 0 && request.Headers.Authorization.ToString() != $"Bearer {key}")
        {
            return TypedResults.Unauthorized();
        }
        if (string.IsNullOrWhiteSpace(sms.To) || string.IsNullOrWhiteSpace(sms.Text))
        {
            return TypedResults.BadRequest("to and text are required");
        }
        return TypedResults.Ok(new Accepted(await store.SaveAsync(sms, cancellationToken)));
    }
}
