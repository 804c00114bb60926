namespace CareServices.Activities.Tests.Support;

/// <summary>Real time plus an offset a test can move forward (e.g. past an occurrence to record attendance).</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
