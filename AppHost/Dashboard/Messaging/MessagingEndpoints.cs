using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>Data API of the messaging page: queues, dead letters, replay and discard.</summary>
internal static class MessagingEndpoints
{
    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/messaging");
        api.MapGet("/queues", (MessagingService messaging, CancellationToken cancellationToken) =>
            Guard(async () => TypedResults.Ok(await messaging.QueuesAsync(cancellationToken))));
        api.MapGet("/queues/{queue}/dead-letters", (string queue, MessagingService messaging, CancellationToken cancellationToken) =>
            Guard(async () => TypedResults.Ok(await messaging.DeadLettersAsync(queue, cancellationToken))));
        api.MapPost("/queues/{queue}/replay", (string queue, string? messageId, MessagingService messaging, CancellationToken cancellationToken) =>
            Guard(async () => TypedResults.Ok(new ReplayOutcome(queue, await messaging.ReplayAsync(queue, messageId, cancellationToken)))));
        api.MapDelete("/queues/{queue}/dead-letters/{messageId}", (string queue, string messageId, MessagingService messaging, CancellationToken cancellationToken) =>
            Guard(async () => await messaging.DiscardAsync(queue, messageId, cancellationToken) ? TypedResults.NoContent() : (IResult)TypedResults.NotFound()));
        api.MapGet("/actions", (OperatorActionLog actions) => TypedResults.Ok(actions.Recent()));
        return app;
    }

    /// <summary>A broker or service that cannot be reached is the dashboard's upstream failing: 502 with the reason.</summary>
    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status502BadGateway);
        }
    }

    internal sealed record ReplayOutcome(string Queue, int Moved);
}
