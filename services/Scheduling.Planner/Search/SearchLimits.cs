namespace CareServices.Scheduling.Planner.Search;

/// <summary>When a search thread must stop: an iteration budget, a deadline on a shared clock, or cancellation.</summary>
internal sealed class SearchLimits(long? maxIterations, TimeSpan? timeLimit, SolverClock clock, CancellationToken token)
{
    public SolverClock Clock { get; } = clock;

    public bool ShouldStop(long iteration) =>
        token.IsCancellationRequested
        || (maxIterations is { } max && iteration >= max)
        || (timeLimit is { } limit && Clock.Elapsed >= limit);

    /// <summary>Share of the budget used, in [0, 1]; it drives the annealing temperature.</summary>
    public double Progress(long iteration)
    {
        var byIterations = maxIterations is { } max ? (double)iteration / max : 0;
        var byTime = timeLimit is { } limit && maxIterations is null
            ? Clock.Elapsed.TotalSeconds / limit.TotalSeconds
            : 0;
        return Math.Clamp(Math.Max(byIterations, byTime), 0, 1);
    }
}
