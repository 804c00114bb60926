namespace CareServices.Assessment.Tests.Support;

/// <summary>
/// A clock the test moves to a chosen instant while it keeps running: only the wall-clock reading is shifted, so
/// timers, delays and the outbox's polling keep real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private TimeSpan _offset;

    public void SetNow(DateTimeOffset now) => _offset = now - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
