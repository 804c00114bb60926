using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>How long and how the planner searches. Give a time limit, an iteration budget, or both.</summary>
public sealed record SolverOptions
{
    public ObjectiveWeights Weights { get; init; } = ObjectiveWeights.Municipal;

    /// <summary>Limit on <see cref="TimeProvider"/>'s clock; null for none (then <see cref="MaxIterations"/> must be set).</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Improvement iterations per thread; with no time limit the result depends only on the seed.</summary>
    public long? MaxIterations { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Independent searches run in parallel (each with its own seed); the best plan wins.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// Clock for the time limit and progress reports: wall time by default; a benchmark on a shared machine
    /// can pass one that counts CPU time instead.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called whenever a thread finds a new overall best.</summary>
    public Action<SolverProgress>? Progress { get; init; }
}
