namespace CareServices.Scheduling.Tests.Support;

/// <summary>A clock the test sets and advances, so rules that depend on today (horizon, takeover, key codes) are testable.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    // Kept in UTC, as TimeProvider.System gives it.
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;
}
