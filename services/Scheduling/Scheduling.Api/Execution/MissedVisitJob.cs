using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Execution;

/// <summary>
/// Every minute: a published visit nobody has checked in to 30 minutes after its window opened is flagged once and
/// <c>VisitMissed</c> is published, so the unit can call the recipient and find out why.
/// </summary>
public sealed partial class MissedVisitJob(IServiceScopeFactory scopes, SchedulingClock clock, ILogger<MissedVisitJob> logger) : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
            {
                LogFailed(e);
            }
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var now = clock.Now;
        var today = clock.Today;
        // Yesterday too: a late-evening window's grace can end after midnight.
        var candidates = await db.Visits
            .Where(v => (v.Date == today || v.Date == today.AddDays(-1)) && v.Status == VisitStatus.Open && v.PublishedStart != null && v.MissedAt == null)
            .ToListAsync(cancellationToken);
        var missed = 0;
        foreach (var visit in candidates)
        {
            var windowStart = clock.At(visit.Date, visit.WindowStart);
            if (windowStart + Grace > now)
            {
                continue;
            }
            visit.MarkMissed(now);
            db.AddOutboxMessage(new VisitMissed
            {
                OccurredAt = now,
                MunicipalityId = visit.MunicipalityId,
                VisitId = visit.Id,
                RecipientId = visit.RecipientId,
                Date = visit.Date,
                WindowStart = windowStart.ToUniversalTime(),
                StaffIds = visit.PublishedStaffIds,
            }, visit.Id.ToString());
            missed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (missed > 0)
        {
            LogMissed(missed);
        }
        return missed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} visits not checked in 30 minutes after their window opened")]
    private partial void LogMissed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Missed-visit check failed")]
    private partial void LogFailed(Exception exception);
}
