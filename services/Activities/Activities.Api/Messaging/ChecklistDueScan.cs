using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Interests;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Publishes <c>InterestChecklistDue</c> once for each recipient whose checklist has fallen due since the last scan
/// (never done, or the newest is 12 months old): the notice row and the event commit together, and the notice's key
/// (recipient, last checklist) keeps a later scan from publishing the same due date again.
/// </summary>
public sealed partial class ChecklistDueScan(ActivitiesDbContext db, MunicipalityTime time, ILogger<ChecklistDueScan> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var published = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AdvisoryLocks.ForScanAsync(db, "checklist-due", ct);
            var recipients = await db.Recipients.AsNoTracking().ToListAsync(ct);
            var newest = (await db.InterestChecklists.AsNoTracking()
                    .Select(c => new { c.RecipientId, c.Id, c.DoneOn })
                    .ToListAsync(ct))
                .GroupBy(c => c.RecipientId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.DoneOn).ThenByDescending(c => c.Id).First());
            var notified = (await db.ChecklistDueNotices.AsNoTracking().Select(n => new { n.RecipientId, n.LastChecklistId }).ToListAsync(ct))
                .Select(n => (n.RecipientId, n.LastChecklistId))
                .ToHashSet();
            var now = time.Now;
            var count = 0;
            foreach (var recipient in recipients)
            {
                var last = newest.GetValueOrDefault(recipient.Id);
                var today = time.Today(recipient.MunicipalityId);
                if (!ChecklistDue.IsDue(last?.DoneOn, today) || notified.Contains((recipient.Id, last?.Id ?? Guid.Empty)))
                {
                    continue;
                }
                var dueOn = ChecklistDue.DueOn(last?.DoneOn) ?? today;
                db.ChecklistDueNotices.Add(ChecklistDueNotice.Sent(recipient.MunicipalityId, recipient.Id, last?.Id, dueOn, now));
                db.AddOutboxMessage(new InterestChecklistDue
                {
                    OccurredAt = now,
                    MunicipalityId = recipient.MunicipalityId,
                    RecipientId = recipient.Id,
                    Zone = recipient.Zone,
                    ContactPersonName = recipient.ContactPersonName,
                    LastDoneOn = last?.DoneOn,
                    DueOn = dueOn,
                }, recipient.Id.ToString());
                count++;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return count;
        }, cancellationToken);
        LogScanned(logger, published);
        return published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interest checklist scan: {Count} fell due")]
    private static partial void LogScanned(ILogger logger, int count);
}
