using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// Admin endpoints over a service's error queues: see what failed, replay it, or discard it. Every action is logged.
/// A municipality's Admin sees and moves only its own municipality's messages; an Operator works across all.
/// </summary>
public static partial class DeadLetterApi
{
    public static IEndpointRouteBuilder MapDeadLetterApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/dead-letters/{queue}")
            .WithTags("Dead letters")
            .RequireAuthorization(Policies.Operations);

        group.MapGet("/", ListAsync).WithName("ListDeadLetters").WithSummary("Messages in the queue's error queue, with the recorded failure");
        group.MapPost("/replay", ReplayAsync).WithName("ReplayDeadLetters").WithSummary("Moves dead letters (all, or one by messageId) back to the queue");
        group.MapDelete("/{messageId}", DiscardAsync).WithName("DiscardDeadLetter").WithSummary("Removes one dead letter for good");
        return app;
    }

    public sealed record ReplayRequest(string? MessageId);

    public sealed record ReplayResult(string Queue, int Moved);

    private static async Task<Results<Ok<IReadOnlyList<DeadLetter>>, ValidationProblem>> ListAsync(
        string queue, DeadLetterQueues queues, HttpContext http, CancellationToken cancellationToken, int max = 100)
    {
        if (Invalid(queue, max) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await queues.PeekAsync(queue, max, Scope(http), cancellationToken));
    }

    private static async Task<Results<Ok<ReplayResult>, ValidationProblem>> ReplayAsync(
        string queue, ReplayRequest? request, DeadLetterQueues queues, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Invalid(queue, 1) is { } problem)
        {
            return problem;
        }
        var moved = await queues.ReplayAsync(queue, request?.MessageId, Scope(http), cancellationToken);
        LogReplayed(loggers.CreateLogger(typeof(DeadLetterApi)), http.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown", queue, moved);
        return TypedResults.Ok(new ReplayResult(queue, moved));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DiscardAsync(
        string queue, string messageId, DeadLetterQueues queues, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Invalid(queue, 1) is { } problem)
        {
            return problem;
        }
        var removed = await queues.DiscardAsync(queue, messageId, Scope(http), cancellationToken);
        LogDiscarded(loggers.CreateLogger(typeof(DeadLetterApi)), http.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown", queue, messageId, removed);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>The municipality whose messages the caller may touch; null for an Operator (all of them).</summary>
    private static string? Scope(HttpContext http) =>
        http.User.IsInRole(Roles.Operator) ? null : http.User.FindFirst(ClaimNames.Municipality)?.Value ?? string.Empty;

    private static ValidationProblem? Invalid(string queue, int max)
    {
        var errors = new Problems.ValidationErrors()
            .Require(DeadLetterQueues.IsValidQueueName(queue), "queue", "must be a queue name: lowercase letters, digits, '.', '-' or '_'")
            .Require(max is > 0 and <= 1000, "max", "must be between 1 and 1000");
        return errors.IsEmpty ? null : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator {Operator} replayed {Count} dead letter(s) to {Queue}")]
    private static partial void LogReplayed(ILogger logger, string @operator, string queue, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator {Operator} discarded dead letter {MessageId} from {Queue} ({Count} removed)")]
    private static partial void LogDiscarded(ILogger logger, string @operator, string queue, string messageId, int count);
}
