using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Activities;

/// <summary>
/// Reminds each recipient with a seat at tomorrow's occurrence of an activity (and the relatives they consented to
/// have told) the day before. Rounds claim the sign-ups with <c>FOR UPDATE SKIP LOCKED</c> in one transaction with
/// their notifications, which are keyed on the occurrence: a person is reminded of an occurrence once per channel,
/// whatever the replicas, restarts or sign-ups.
/// </summary>
public sealed partial class ReminderWorker(
    IServiceScopeFactory scopes, NotificationQueue queue, EventValues values, IOptions<ReminderOptions> options, IOptions<DeliveryOptions> delivery,
    TimeProvider timeProvider, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
            }
            // Real time on purpose: the pace of looking, not a point in the domain's (possibly controlled) clock.
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>One round; returns how many sign-ups it reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        if (TimeOnly.FromDateTime(local.DateTime) < options.Value.SendFrom)
        {
            return 0;
        }
        var tomorrow = DateOnly.FromDateTime(local.DateTime).AddDays(1);
        var from = StartOf(tomorrow);
        var until = StartOf(tomorrow.AddDays(1));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM activity_sign_ups
                WHERE confirmed AND ended_at IS NULL AND reminded_at IS NULL
                  AND occurrence_start >= {from} AND occurrence_start < {until}
                ORDER BY occurrence_start LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return 0;
            }
            var signUps = await db.ActivitySignUps.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
            var recipientIds = signUps.Select(s => s.RecipientId).Distinct().ToList();
            var recipients = await db.Recipients.Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            var reminded = 0;
            foreach (var signUp in signUps)
            {
                if (recipients.GetValueOrDefault(signUp.RecipientId) is not { } recipient || recipient.MunicipalityId != signUp.MunicipalityId)
                {
                    // The registration has not arrived yet: the next round tries again.
                    LogRecipientNotKnown(logger, signUp.Id);
                    continue;
                }
                var request = new NotificationRequest(signUp.ReminderEventId, signUp.MunicipalityId, "activity-reminder", Urgent: false, new Dictionary<string, string>
                {
                    ["recipientName"] = recipient.Name,
                    ["title"] = signUp.Title,
                    ["place"] = signUp.PlaceName,
                    ["date"] = values.LocalDate(signUp.OccurrenceStart),
                    ["time"] = values.LocalTime(signUp.OccurrenceStart),
                });
                await queue.QueueAsync(db, request, Audiences.RecipientAndRelatives(recipient), ct);
                signUp.MarkReminded(now);
                reminded++;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            if (reminded > 0)
            {
                LogReminded(logger, reminded, tomorrow);
            }
            return reminded;
        }, cancellationToken);
    }

    private DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _zone), TimeSpan.Zero);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded {Count} sign-ups of the activities on {Day}")]
    private static partial void LogReminded(ILogger logger, int count, DateOnly day);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-up {SignUpId} names a recipient not known here yet; reminded in a later round")]
    private static partial void LogRecipientNotKnown(ILogger logger, Guid signUpId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reminder round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
