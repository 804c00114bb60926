namespace CareServices.AppHost.Orchestration;

/// <summary>
/// Exponential delay between restarts of a crashing project (1 s, 2 s, 4 s … up to a ceiling); a run that
/// lasted long enough counts as recovered and starts the series again.
/// </summary>
public sealed class RestartBackoff(TimeSpan first, TimeSpan ceiling, TimeSpan stableAfter)
{
    private int _failuresInARow;

    public static RestartBackoff Default() =>
        new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));

    /// <summary>The delay before the next start, given how long the process that just ended ran.</summary>
    public TimeSpan Next(TimeSpan lastUptime)
    {
        if (lastUptime >= stableAfter)
        {
            _failuresInARow = 0;
        }

        var delay = first * Math.Pow(2, Math.Min(_failuresInARow, 16));
        _failuresInARow++;
        return delay < ceiling ? delay : ceiling;
    }
}
