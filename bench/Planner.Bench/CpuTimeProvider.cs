namespace CareServices.Bench.Planner;

/// <summary>
/// A clock that advances with the CPU time this process uses, so a time limit means the same amount of work
/// on a machine shared with other jobs. Counts all threads: with n threads it runs n times faster than wall time.
/// </summary>
internal sealed class CpuTimeProvider : TimeProvider
{
    public static CpuTimeProvider Instance { get; } = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
