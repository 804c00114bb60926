using System.Diagnostics;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Replanning;
using CareServices.Scheduling.Planner.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// Runs queued plans one after another (the search itself uses <see cref="PlanningOptions.Threads"/> cores), with
/// the Back-to-Basic objective (<see cref="ObjectiveWeights.Municipal"/>). A disruption run repairs the published
/// plan with the least change and is published at once, so the day's work lists follow the absence.
/// </summary>
public sealed partial class PlanningWorker(
    PlanningQueue queue, IServiceScopeFactory scopes, IConnectionMultiplexer redis, SchedulingClock clock,
    IOptions<PlanningOptions> options, ILogger<PlanningWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await AbandonInterruptedRunsAsync(stoppingToken);
        await foreach (var planId in queue.Runs.ReadAllAsync(stoppingToken))
        {
            await RunAsync(planId, stoppingToken);
        }
    }

    /// <summary>Runs left queued or running by a stopped instance will never finish: say so instead of leaving them pending.</summary>
    private async Task AbandonInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var before = clock.Now.AddMinutes(-1);
            foreach (var run in await db.PlanRuns.Where(p => (p.Status == PlanStatus.Queued || p.Status == PlanStatus.Running) && p.RequestedAt < before).ToListAsync(cancellationToken))
            {
                run.Fail(clock.Now, "interrupted: the service stopped before the run finished");
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            LogCleanupFailed(e);
        }
    }

    private async Task RunAsync(Guid planId, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var run = await db.PlanRuns.FirstOrDefaultAsync(p => p.Id == planId, stoppingToken);
        if (run is null)
        {
            return;
        }
        var watch = Stopwatch.StartNew();
        try
        {
            run.Start(clock.Now);
            await db.SaveChangesAsync(stoppingToken);
            var builder = scope.ServiceProvider.GetRequiredService<PlanningProblemBuilder>();
            var disruption = run.Kind == "disruption";
            var input = await builder.BuildAsync(run.MunicipalityId, run.Zone, run.Date, disruption, stoppingToken);
            var progressKey = PlanningQueue.ProgressKey(run.Id);
            var redisDb = redis.GetDatabase();
            var solverOptions = new SolverOptions
            {
                Weights = ObjectiveWeights.Municipal,
                TimeLimit = TimeSpan.FromSeconds(run.TimeLimitSeconds),
                Threads = Math.Max(1, options.Value.Threads),
                Seed = run.Id.GetHashCode(),
                Progress = p => redisDb.StringSet(progressKey, $"{p.Elapsed.TotalSeconds:F1}|{p.BestObjective:F1}", TimeSpan.FromHours(1), flags: CommandFlags.FireAndForget),
            };
            var result = input.Problem.Visits.Count == 0
                ? null
                : await Task.Run(() => disruption && input.Current is not null
                    ? Replanner.Replan(input.Problem, input.Current, solverOptions, stoppingToken)
                    : HomeCarePlanner.Solve(input.Problem, solverOptions, stoppingToken), stoppingToken);
            var figures = result is null
                ? new PlanFigures(0, [], 0, 0, 0, 0, 0)
                : PlanResultWriter.Apply(input, result, run.Id);
            run.Finish(clock.Now, figures);
            await db.SaveChangesAsync(stoppingToken);
            LogFinished(run.Id, run.Zone, run.Date, figures.Visits, figures.UnassignedVisitIds.Count, watch.Elapsed.TotalSeconds);
            if (disruption)
            {
                await scope.ServiceProvider.GetRequiredService<PlanPublisher>().PublishAsync(run, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(e, run.Id);
            db.ChangeTracker.Clear();
            var failed = await db.PlanRuns.FirstAsync(p => p.Id == planId, CancellationToken.None);
            var reason = e.GetBaseException().Message;
            failed.Fail(clock.Now, reason.Length > 1000 ? reason[..1000] : reason);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            await queue.ReleaseAsync(run, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} for {Zone} on {Date}: {Visits} visits, {Unassigned} unassigned, {Seconds:F1} s")]
    private partial void LogFinished(Guid planId, string zone, DateOnly date, int visits, int unassigned, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plan {PlanId} failed")]
    private partial void LogFailed(Exception exception, Guid planId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark interrupted planning runs as failed")]
    private partial void LogCleanupFailed(Exception exception);
}
