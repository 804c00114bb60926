using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>Delivery state for Admins: one notification, the dead letters, and replaying one.</summary>
public static partial class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications")
            .WithTags("Delivery")
            .RequireAuthorization(Roles.Admin);
        group.MapGet("/notifications/{id:guid}", GetAsync)
            .WithName("GetNotification").WithSummary("A notification's channel, status, attempts and last error");
        group.MapGet("/dead-letters", ListDeadLettersAsync)
            .WithName("ListNotificationDeadLetters").WithSummary("Notifications that failed their last retry, newest first");
        group.MapPost("/dead-letters/{id:guid}/replay", ReplayAsync)
            .WithName("ReplayNotification").WithSummary("Queues a dead-lettered notification again with fresh attempts; 409 when it is not dead-lettered");
        return app;
    }

    public sealed record Dependencies(NotificationsDbContext Db, TenantAccessor Tenant, TimeProvider Time, HttpContext Http, ILoggerFactory Loggers);

    private static async Task<Results<Ok<NotificationResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var notification = await deps.Db.Notifications.AsNoTracking()
            .FirstOrDefaultAsync(n => n.Id == id && n.MunicipalityId == municipality, cancellationToken);
        return notification is null ? TypedResults.NotFound() : TypedResults.Ok(NotificationResponse.From(notification));
    }

    private static async Task<Ok<List<NotificationResponse>>> ListDeadLettersAsync(
        [AsParameters] Dependencies deps, CancellationToken cancellationToken, int max = 100)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var failed = await deps.Db.Notifications.AsNoTracking()
            .Where(n => n.MunicipalityId == municipality && n.Status == NotificationStatus.Failed)
            .OrderByDescending(n => n.NextAttemptAt)
            .Take(Math.Clamp(max, 1, 500))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(failed.Select(NotificationResponse.From).ToList());
    }

    private static async Task<Results<Accepted<NotificationResponse>, NotFound, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> ReplayAsync(
        Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var notification = await deps.Db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.MunicipalityId == municipality, cancellationToken);
        if (notification is null)
        {
            return TypedResults.NotFound();
        }
        if (!notification.Replay(deps.Time.GetUtcNow()))
        {
            return TypedResults.Conflict(Problems.Conflict("id", $"the notification is {notification.Status.ToString().ToLowerInvariant()}, not dead-lettered; only a failed notification can be replayed"));
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        LogReplayed(deps.Loggers.CreateLogger(typeof(NotificationsApi)), deps.Http.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown", id);
        return TypedResults.Accepted($"/api/notifications/notifications/{id}", NotificationResponse.From(notification));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} replayed notification {NotificationId}")]
    private static partial void LogReplayed(ILogger logger, string user, Guid notificationId);
}
