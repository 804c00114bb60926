namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Runs <see cref="ChecklistDueScan"/> at start and then every <c>Activities:ChecklistDueScan:Interval</c> (default
/// one hour); <c>Activities:ChecklistDueScan:Enabled=false</c> turns it off (tests run the scan themselves).
/// </summary>
public sealed partial class ChecklistDueJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider timeProvider, ILogger<ChecklistDueJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Activities:ChecklistDueScan:Enabled", true))
        {
            return;
        }
        var interval = configuration.GetValue("Activities:ChecklistDueScan:Interval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChecklistDueScan>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a due notice not yet written is found then.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interest checklist scan failed; retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
