namespace CareServices.Scheduling.Planner.Search;

/// <summary>Elapsed time since the solve started, on the options' <see cref="TimeProvider"/>.</summary>
internal sealed class SolverClock(TimeProvider provider)
{
    private readonly long _start = provider.GetTimestamp();

    public TimeSpan Elapsed => provider.GetElapsedTime(_start);
}
