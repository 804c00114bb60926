using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.ContactPersons;
using CareServices.Scheduling.Domain.Staff;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.ContactPersons;

/// <summary>
/// Once an hour: where a primary contact is away for more than four weeks in a row (absences that follow each other
/// count as one), the secondary takes over and <c>ContactPersonAssigned</c> announces it; when the primary is back,
/// they take over again.
/// </summary>
public sealed partial class ContactTakeoverJob(IServiceScopeFactory scopes, SchedulingClock clock, ILogger<ContactTakeoverJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Applies the takeover rule for today to every assignment with a secondary; returns how many changed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var today = clock.Today;
        // A dry run on copies finds the few assignments the rule changes today.
        var assignments = await db.ContactAssignments.AsNoTracking().Where(a => a.SecondaryStaffId != null).ToListAsync(cancellationToken);
        var primaries = assignments.Select(a => a.PrimaryStaffId).Distinct().ToList();
        var absences = (await db.StaffAbsences.AsNoTracking().Where(a => primaries.Contains(a.StaffId)).ToListAsync(cancellationToken)).ToLookup(a => a.StaffId);
        var due = assignments
            .Where(a => a.ApplyTakeoverRule(AbsenceRunDays(absences[a.PrimaryStaffId], today), today) is not null)
            .Select(a => a.RecipientId)
            .ToList();
        var changed = 0;
        foreach (var recipientId in due)
        {
            // Each in its own write, again on fresh state when it loses a race: a planner's reassignment or another
            // replica's run on one recipient neither fails the others nor announces a takeover twice.
            if (await db.RetryAsync(() => TakeOverAsync(db, recipientId, today, cancellationToken), () => false, cancellationToken))
            {
                changed++;
            }
        }
        if (changed > 0)
        {
            LogChanged(changed, today);
        }
        return changed;
    }

    private async Task<bool> TakeOverAsync(SchedulingDbContext db, Guid recipientId, DateOnly today, CancellationToken cancellationToken)
    {
        var assignment = await db.ContactAssignments.SingleAsync(a => a.RecipientId == recipientId, cancellationToken);
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => a.StaffId == assignment.PrimaryStaffId).ToListAsync(cancellationToken);
        var reason = assignment.ApplyTakeoverRule(AbsenceRunDays(absences, today), today);
        if (reason is null)
        {
            return false;
        }
        var ids = new[] { assignment.PrimaryStaffId, assignment.SecondaryStaffId!.Value };
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        db.AddOutboxMessage(ContactPersonEvents.Assigned(assignment, names, reason, clock.Now), assignment.RecipientId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Days of the unbroken absence that covers <paramref name="today"/>, or 0 when the staff member is present.</summary>
    public static int AbsenceRunDays(IEnumerable<StaffAbsence> absences, DateOnly today)
    {
        var sorted = absences.OrderBy(a => a.FirstDay).ToList();
        var current = sorted.FirstOrDefault(a => a.Covers(today));
        if (current is null)
        {
            return 0;
        }
        var first = current.FirstDay;
        var last = current.LastDay;
        bool grew;
        do
        {
            grew = false;
            foreach (var a in sorted)
            {
                if (a.FirstDay < first && a.LastDay >= first.AddDays(-1))
                {
                    first = a.FirstDay;
                    grew = true;
                }
                if (a.LastDay > last && a.FirstDay <= last.AddDays(1))
                {
                    last = a.LastDay;
                    grew = true;
                }
            }
        }
        while (grew);
        return last.DayNumber - first.DayNumber + 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact person takeover rule changed {Count} assignments on {Date}")]
    private partial void LogChanged(int count, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact person takeover run failed")]
    private partial void LogFailed(Exception exception);
}
