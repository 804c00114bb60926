using System.Threading.Channels;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// Queues planning runs for the background worker. One run per municipality, zone and date at a time across every
/// instance: a Redis key holds the running plan's id (set only if absent, expiring after the run's time limit and a
/// margin, so a crashed instance cannot hold the zone for ever).
/// </summary>
public sealed partial class PlanningQueue(IConnectionMultiplexer redis, IServiceScopeFactory scopes, SchedulingClock clock, ILogger<PlanningQueue> logger)
{
    private static readonly TimeSpan LockMargin = TimeSpan.FromMinutes(5);

    // Deletes the lock only if it still names this run, so a run that outlived its lock cannot free the next run's.
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private readonly Channel<Guid> _runs = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Runs => _runs.Reader;

    public static string LockKey(string municipalityId, string zone, DateOnly date) => $"scheduling:plan-lock:{municipalityId}:{zone}:{date:yyyy-MM-dd}";

    public static string ProgressKey(Guid planId) => $"scheduling:plan-progress:{planId:N}";

    /// <summary>Queues a run, or returns the id of the run that holds the zone and date.</summary>
    public async Task<(PlanRun? Queued, Guid? Running)> TryQueueAsync(
        string municipalityId, string zone, DateOnly date, string kind, int timeLimitSeconds, CancellationToken cancellationToken)
    {
        var run = PlanRun.Queue(municipalityId, zone, date, kind, timeLimitSeconds, clock.Now);
        var key = LockKey(municipalityId, zone, date);
        var redisDb = redis.GetDatabase();
        if (!await redisDb.StringSetAsync(key, run.Id.ToString(), TimeSpan.FromSeconds(timeLimitSeconds) + LockMargin, When.NotExists))
        {
            var holder = await redisDb.StringGetAsync(key);
            if (Guid.TryParse(holder.ToString(), out var running))
            {
                return (null, running);
            }
            // The holder finished between the two calls: try once more.
            if (!await redisDb.StringSetAsync(key, run.Id.ToString(), TimeSpan.FromSeconds(timeLimitSeconds) + LockMargin, When.NotExists))
            {
                return (null, Guid.TryParse((await redisDb.StringGetAsync(key)).ToString(), out running) ? running : Guid.Empty);
            }
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            db.PlanRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(run, CancellationToken.None);
            throw;
        }
        _runs.Writer.TryWrite(run.Id);
        LogQueued(run.Id, kind, zone, date);
        return (run, null);
    }

    public Task ReleaseAsync(PlanRun run, CancellationToken cancellationToken) =>
        redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [(RedisKey)LockKey(run.MunicipalityId, run.Zone, run.Date)], [(RedisValue)run.Id.ToString()]);

    /// <summary>
    /// A staff member reported absent today: if today's plan for their zone is published, re-plan the rest of the
    /// day, changing as little as it can. A run already under way for the zone reads the absence itself.
    /// </summary>
    public async Task RequestDisruptionReplanAsync(string municipalityId, string zone, DateOnly date, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var published = await db.PlanRuns.AnyAsync(p => p.MunicipalityId == municipalityId && p.Zone == zone && p.Date == date && p.Status == PlanStatus.Published, cancellationToken);
        if (!published)
        {
            return;
        }
        var (queued, running) = await TryQueueAsync(municipalityId, zone, date, "disruption", 20, cancellationToken);
        if (queued is null)
        {
            LogDisruptionSkipped(zone, date, running);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} ({Kind}) queued for {Zone} on {Date}")]
    private partial void LogQueued(Guid planId, string kind, string zone, DateOnly date);

    [LoggerMessage(Level = LogLevel.Information, Message = "Disruption re-plan for {Zone} on {Date} not queued: run {RunningPlanId} holds the zone")]
    private partial void LogDisruptionSkipped(string zone, DateOnly date, Guid? runningPlanId);
}
