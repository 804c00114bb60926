using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// Admin endpoints over what a service could not deliver: its error queues (<c>/admin/dead-letters/{queue}</c>,
/// messages its consumers failed) and its outbox's parked rows (<c>/admin/dead-letters/outbox</c>, events it could
/// not publish). See what failed, replay it, or discard it. Every action is logged. A municipality's Admin sees and
/// moves only its own municipality's messages; an Operator works across all, and only an Operator sees the outbox,
/// whose rows are not filed by municipality.
/// </summary>
public static partial class DeadLetterApi
{
    public static IEndpointRouteBuilder MapDeadLetterApi(this IEndpointRouteBuilder app)
    {
        // A literal segment wins over {queue}, and no queue is called "outbox" (queues are <service>-<message>).
        var outbox = app.MapGroup("/admin/dead-letters/outbox")
            .WithTags("Dead letters")
            .RequireAuthorization(Roles.Operator);
        outbox.MapGet("/", ListParkedAsync).WithName("ListParkedOutboxMessages").WithSummary("Outbox messages parked after too many failed publishes, with the last error and how many events wait behind each");
        outbox.MapPost("/replay", RetryParkedAsync).WithName("RetryParkedOutboxMessages").WithSummary("Un-parks outbox messages (all, or one by messageId) so the dispatcher publishes them again");
        outbox.MapDelete("/{messageId}", DiscardParkedAsync).WithName("DiscardParkedOutboxMessage").WithSummary("Deletes one parked outbox message for good; the events waiting behind it are published");

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

    private static async Task<Results<Ok<IReadOnlyList<ParkedOutboxMessage>>, ValidationProblem>> ListParkedAsync(
        ParkedOutboxMessages parked, CancellationToken cancellationToken, int max = 100)
    {
        if (Invalid("outbox", max) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await parked.ListAsync(max, cancellationToken));
    }

    private static async Task<Results<Ok<ReplayResult>, ValidationProblem>> RetryParkedAsync(
        ReplayRequest? request, ParkedOutboxMessages parked, OutboxSignal signal, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        Guid? messageId = null;
        if (request?.MessageId is { } text)
        {
            if (!Guid.TryParse(text, out var id))
            {
                return InvalidMessageId();
            }
            messageId = id;
        }
        var retried = await parked.RetryAsync(messageId, cancellationToken);
        signal.Notify();
        LogReplayed(loggers.CreateLogger(typeof(DeadLetterApi)), Operator(http), "outbox", retried);
        return TypedResults.Ok(new ReplayResult("outbox", retried));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DiscardParkedAsync(
        string messageId, ParkedOutboxMessages parked, OutboxSignal signal, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(messageId, out var id))
        {
            return InvalidMessageId();
        }
        var removed = await parked.DiscardAsync(id, cancellationToken);
        signal.Notify();
        LogDiscarded(loggers.CreateLogger(typeof(DeadLetterApi)), Operator(http), "outbox", messageId, removed);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static string Operator(HttpContext http) => http.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";

    private static ValidationProblem InvalidMessageId() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["messageId"] = ["must be an outbox message id (a GUID)"] });

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
