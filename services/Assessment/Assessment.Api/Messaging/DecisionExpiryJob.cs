using CareServices.Assessment.Api.Api.Decisions;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.Decisions;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>
/// Announces DecisionExpiring 30 days before a granted decision's valid-to (once: the announcement is stamped on
/// the decision in the same transaction as its outbox row, and the stamp is claimed with a conditional update so
/// replicas running the job together announce it once), and marks decisions whose valid-to has passed expired.
/// </summary>
public sealed partial class DecisionExpiryJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<DecisionExpiryJob> logger)
    : BackgroundService
{
    public const int DaysBefore = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Decisions:ExpiryCheckInterval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every municipality; returns how many decisions were announced as expiring.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var now = time.GetUtcNow();
        var announced = 0;
        foreach (var municipality in await db.Municipalities.AsNoTracking().ToListAsync(cancellationToken))
        {
            var today = municipality.Today(now);
            var horizon = today.AddDays(DaysBefore);
            var candidates = await db.Decisions.AsNoTracking()
                .Where(d => d.MunicipalityId == municipality.Number && d.Status == DecisionStatus.Granted && d.ValidTo != null
                    && d.ValidTo <= horizon && d.ExpiringAnnouncedAt == null)
                .Select(d => d.Id).ToListAsync(cancellationToken);
            foreach (var id in candidates)
            {
                announced += await AnnounceAsync(db, id, now, cancellationToken);
            }
            var expired = await db.Decisions
                .Where(d => d.MunicipalityId == municipality.Number && d.Status == DecisionStatus.Granted && d.ValidTo != null && d.ValidTo < today)
                .ToListAsync(cancellationToken);
            foreach (var decision in expired)
            {
                decision.ExpireIfPast(today);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return announced;
    }

    private static async Task<int> AnnounceAsync(AssessmentDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Decisions.Where(d => d.Id == id && d.ExpiringAnnouncedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiringAnnouncedAt, now), ct);
            if (claimed == 0)
            {
                return 0;
            }
            var decision = await db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id, ct);
            db.AddOutboxMessage(DecisionEvents.Expiring(decision, now), decision.Number);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return 1;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Decision expiry check failed; retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
