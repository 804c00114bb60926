using CareServices.Notifications.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Alerts;

/// <summary>
/// Takes the due steps of unacknowledged missed-visit alerts. Each round claims due alerts with
/// <c>FOR UPDATE SKIP LOCKED</c> inside one transaction, so replicas never take a step twice and an acknowledgement
/// arriving meanwhile waits for the round and is then recorded.
/// </summary>
public sealed partial class EscalationWorker(
    IServiceScopeFactory scopes, AlertEscalation escalation, IOptions<EscalationOptions> options, TimeProvider timeProvider, ILogger<EscalationWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
            }
            // Real time on purpose: the pace of looking, not a point in the domain's (possibly controlled) clock.
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>One round; returns how many steps it took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = timeProvider.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM alerts
                WHERE acknowledged_at IS NULL AND next_step_at <= {now}
                ORDER BY next_step_at LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return 0;
            }
            var taken = 0;
            foreach (var alert in await db.Alerts.Where(a => ids.Contains(a.Id)).ToListAsync(ct))
            {
                if (await escalation.TakeDueStepAsync(db, alert, now, ct) is { } level)
                {
                    LogStepTaken(logger, alert.Id, level.ToString());
                    taken++;
                }
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return taken;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Missed-visit alert {AlertId} escalated to {Level}")]
    private static partial void LogStepTaken(ILogger logger, Guid alertId, string level);

    [LoggerMessage(Level = LogLevel.Error, Message = "An escalation round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
