using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>Missed-visit alerts for staff: the open ones, one with its steps, and acknowledging one, which stops its escalation.</summary>
public static partial class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/alerts").WithTags("Alerts").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListOpenAsync)
            .WithName("ListOpenAlerts").WithSummary("Missed-visit alerts nobody has acknowledged and no late check-in has resolved yet, oldest first");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetAlert").WithSummary("A missed-visit alert with every escalation step taken");
        group.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync)
            .WithName("AcknowledgeAlert").WithSummary("Acknowledges a missed-visit alert, which stops its escalation; 409 when already acknowledged or resolved by a late check-in");
        return app;
    }

    public sealed record Dependencies(NotificationsDbContext Db, TenantAccessor Tenant, TimeProvider Time, HttpContext Http, ILoggerFactory Loggers);

    private static async Task<Ok<List<AlertResponse>>> ListOpenAsync([AsParameters] Dependencies deps, CancellationToken cancellationToken, int max = 100)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var open = await deps.Db.Alerts.AsNoTracking()
            .Where(a => a.MunicipalityId == municipality && a.AcknowledgedAt == null && a.CheckedInAt == null)
            .OrderBy(a => a.RaisedAt)
            .Take(Math.Clamp(max, 1, 500))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(open.Select(AlertResponse.From).ToList());
    }

    private static async Task<Results<Ok<AlertResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var alert = await deps.Db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.MunicipalityId == municipality, cancellationToken);
        return alert is null ? TypedResults.NotFound() : TypedResults.Ok(AlertResponse.From(alert));
    }

    private static async Task<Results<Ok<AlertResponse>, NotFound, Conflict<ProblemDetails>>> AcknowledgeAsync(
        Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var by = CallerPerson.IdOf(deps.Http.User)?.ToString() ?? deps.Http.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";
        var strategy = deps.Db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync<Results<Ok<AlertResponse>, NotFound, Conflict<ProblemDetails>>>(async ct =>
        {
            deps.Db.ChangeTracker.Clear();
            await using var transaction = await deps.Db.Database.BeginTransactionAsync(ct);
            // Waits for an escalation round holding the alert, so the acknowledgement never overwrites a step it took.
            await deps.Db.Database.ExecuteSqlAsync($"SELECT 1 FROM alerts WHERE id = {id} FOR UPDATE", ct);
            var alert = await deps.Db.Alerts.FirstOrDefaultAsync(a => a.Id == id && a.MunicipalityId == municipality, ct);
            if (alert is null)
            {
                return TypedResults.NotFound();
            }
            if (!alert.Acknowledge(by, deps.Time.GetUtcNow()))
            {
                return TypedResults.Conflict(Problems.Conflict("id", alert.AcknowledgedAt is not null
                    ? $"the alert was already acknowledged at {alert.AcknowledgedAt:O}"
                    : $"the visit was checked in at {alert.CheckedInAt:O}, which resolved the alert"));
            }
            await deps.Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            LogAcknowledged(deps.Loggers.CreateLogger(typeof(AlertsApi)), by, id);
            return TypedResults.Ok(AlertResponse.From(alert));
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Person} acknowledged missed-visit alert {AlertId}")]
    private static partial void LogAcknowledged(ILogger logger, string person, Guid alertId);
}
