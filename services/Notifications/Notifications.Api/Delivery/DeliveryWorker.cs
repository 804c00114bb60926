using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Persistence.Configurations;
using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// Sends what is due. Each round claims a batch of due notifications under a lease (<c>FOR UPDATE SKIP LOCKED</c>,
/// so replicas share the work without sending anything twice), holds back what must wait (quiet hours, burst
/// window), sends one message per person and channel, and records the outcome: sent, or a failed attempt that is
/// retried with exponential backoff until the last one makes it a dead letter. A send not started by the time half
/// the lease has passed waits for the next round: it could still be running when the lease ends and another replica
/// claims the notification, and a slow channel must not make a second send.
/// </summary>
public sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes, MessageComposer composer,
    IOptions<DeliveryOptions> options, TimeProvider timeProvider, ILogger<DeliveryWorker> logger) : BackgroundService
{
    private const string ClaimSql = """
        WITH due AS (
            SELECT id FROM notifications
            WHERE status = 'Queued' AND next_attempt_at <= @now AND (locked_until IS NULL OR locked_until < @now)
            ORDER BY next_attempt_at
            LIMIT @batch
            FOR UPDATE SKIP LOCKED)
        UPDATE notifications n SET locked_until = @lease FROM due WHERE n.id = due.id
        RETURNING n.id
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
            }
            if (handled < options.Value.BatchSize)
            {
                // Real time on purpose: the pace of looking, not a point in the domain's (possibly controlled) clock.
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>One round; returns how many notifications it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = timeProvider.GetUtcNow();
        var ids = await ClaimAsync(db, now, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var claimed = await db.Notifications.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        var personIds = claimed.Select(n => n.PersonId).Distinct().ToList();
        var preferences = await db.Preferences.Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var since = now - options.Value.BurstWindow;
        var lastSent = await db.Notifications
            .Where(n => personIds.Contains(n.PersonId) && n.SentAt > since)
            .GroupBy(n => new { n.PersonId, n.Channel })
            .Select(g => new { g.Key.PersonId, g.Key.Channel, Last = g.Max(n => n.SentAt) })
            .ToDictionaryAsync(g => (g.PersonId, g.Channel), g => g.Last, cancellationToken);

        var senders = scope.ServiceProvider.GetServices<IChannelSender>().ToDictionary(s => s.Channel);
        var timing = options.Value.Timing;
        var policy = options.Value.RetryPolicy;
        var startBy = now + (options.Value.Lease / 2);
        var outgoing = new List<(List<Notification> Notifications, Task<bool> Send)>();
        using var gate = new SemaphoreSlim(options.Value.MaxParallelSends);
        foreach (var group in claimed.GroupBy(n => (n.PersonId, n.Channel)))
        {
            var notifications = group.OrderBy(n => n.CreatedAt).ToList();
            var urgent = notifications.Any(n => n.Urgent);
            var hold = timing.HoldUntil(group.Key.Channel, urgent, preferences.GetValueOrDefault(group.Key.PersonId),
                lastSent.GetValueOrDefault(group.Key), now);
            if (hold is { } until)
            {
                notifications.ForEach(n => n.Defer(until));
                continue;
            }
            outgoing.Add((notifications, SendAsync(gate, senders, notifications, startBy, cancellationToken)));
        }

        foreach (var (notifications, send) in outgoing)
        {
            try
            {
                if (await send)
                {
                    notifications.ForEach(n => n.MarkSent(timeProvider.GetUtcNow()));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var error = Describe(e);
                LogAttemptFailed(logger, notifications[0].Id, notifications[0].Channel, notifications[0].Attempts + 1, error);
                notifications.ForEach(n => n.MarkAttemptFailed(error, policy, now));
                if (notifications[0].Status == NotificationStatus.Failed)
                {
                    LogDeadLettered(logger, notifications[0].Id, notifications[0].Channel);
                }
            }
        }
        foreach (var notification in claimed)
        {
            db.Entry(notification).Property(NotificationConfiguration.LockedUntil).CurrentValue = null;
        }
        // Not the request's token: what was sent must be recorded even when the host is stopping.
        await db.SaveChangesAsync(CancellationToken.None);
        return claimed.Count;
    }

    /// <summary>Sends the group once a place is free; false when it was too late to start (nothing sent, no attempt).</summary>
    private async Task<bool> SendAsync(
        SemaphoreSlim gate, Dictionary<Channel, IChannelSender> senders, IReadOnlyList<Notification> notifications, DateTimeOffset startBy,
        CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (timeProvider.GetUtcNow() > startBy)
            {
                return false;
            }
            var channel = notifications[0].Channel;
            var sender = senders.GetValueOrDefault(channel) ?? throw new ChannelNotConfiguredException(channel);
            await sender.SendAsync(composer.Compose(notifications), cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<Guid>> ClaimAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(ClaimSql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("lease", now + options.Value.Lease);
            command.Parameters.AddWithValue("batch", options.Value.BatchSize);
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
            return ids;
        }
        finally
        {
            // A pooled context does not close a connection it was told to open; leaving it open would drain the pool.
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The failure's kind and the protocol's own status, never the message or an address.</summary>
    private static string Describe(Exception e) => e switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
        HttpRequestException http => $"HTTP {(int?)http.StatusCode} {http.HttpRequestError}",
        _ => e.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} on {Channel}: attempt {Attempt} failed ({Error})")]
    private static partial void LogAttemptFailed(ILogger logger, Guid notificationId, Channel channel, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationId} on {Channel} failed its last attempt and is a dead letter")]
    private static partial void LogDeadLettered(ILogger logger, Guid notificationId, Channel channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "A delivery round failed; the claimed notifications are retried when their lease ends")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
