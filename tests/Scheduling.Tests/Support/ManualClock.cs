namespace CareServices.Scheduling.Tests.Support;

/// <summary>A clock the test sets and advances, so rules that depend on today (horizon, takeover, key codes) are testable.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
