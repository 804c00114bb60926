namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// The municipality's local calendar (<c>Scheduling:TimeZone</c>, default Europe/Oslo) over the injected
/// <see cref="TimeProvider"/>: dates and times of day are local, instants are converted through the time zone so
/// a daylight-saving day has its 23 or 25 hours.
/// </summary>
public sealed class SchedulingClock(TimeProvider time, IConfiguration configuration)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["Scheduling:TimeZone"] ?? "Europe/Oslo");

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>The instant of <paramref name="minutesAfterMidnight"/> local minutes on <paramref name="date"/> (may pass midnight).</summary>
    public DateTimeOffset At(DateOnly date, double minutesAfterMidnight)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutesAfterMidnight);
        // A wall time skipped by the spring change is taken an hour later, as a clock on the wall would show it.
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public DateTimeOffset At(DateOnly date, TimeOnly time) => At(date, time.Hour * 60 + time.Minute);

    public DateTimeOffset Midnight(DateOnly date) => At(date, 0);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
