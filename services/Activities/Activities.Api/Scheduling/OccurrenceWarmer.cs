using CareServices.Activities.Api.Api.Matching;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Scheduling;

/// <summary>
/// Loads every municipality's matching catalogue and expands its activities' occurrences into
/// <see cref="OccurrenceCache"/> at start and then every <c>Activities:OccurrenceWarmer:Interval</c> (default one
/// hour): the window matching reads now, the next one once it is due within two intervals, and those of this and next
/// month's calendar. Expanding 2,000 series takes about a second of CPU; this keeps that off the requests.
/// <c>Activities:OccurrenceWarmer:Enabled=false</c> turns it off.
/// </summary>
public sealed partial class OccurrenceWarmer(
    IServiceScopeFactory scopes, MatchingCatalogue catalogue, OccurrenceCache occurrences, MunicipalityTime time,
    IConfiguration configuration, TimeProvider timeProvider, ILogger<OccurrenceWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Activities:OccurrenceWarmer:Enabled", true))
        {
            return;
        }
        var interval = configuration.GetValue("Activities:OccurrenceWarmer:Interval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await WarmAsync(interval, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Requests expand what is missing themselves; the next tick tries again.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> WarmAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        // Every municipality's: this background job serves all tenants and returns nothing to any caller.
        var municipalities = await db.Activities.AsNoTracking()
            .Where(a => a.Status == ActivityStatus.Published)
            .Select(a => a.MunicipalityId).Distinct().ToListAsync(cancellationToken);
        var warmed = 0;
        foreach (var municipality in municipalities)
        {
            var now = time.Now;
            var today = time.Today(municipality);
            DateTimeOffset[] instants =
            [
                now, now + (2 * interval),
                time.Month(municipality, today.Year, today.Month).From,
                time.Month(municipality, today.AddMonths(1).Year, today.AddMonths(1).Month).From,
            ];
            foreach (var activity in (await catalogue.ForAsync(db, municipality, cancellationToken)).Activities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var instant in instants)
                {
                    occurrences.Warm(activity, instant);
                }
                warmed++;
            }
        }
        LogWarmed(logger, warmed, municipalities.Count);
        return warmed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Occurrences of {Activities} activities in {Municipalities} municipalities expanded ahead of requests")]
    private static partial void LogWarmed(ILogger logger, int activities, int municipalities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expanding occurrences ahead of requests failed; retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
