using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Tests.Calendar;

/// <summary>Recurrences are expanded in Europe/Oslo: the wall clock stays put when daylight saving starts or ends.</summary>
public sealed class ScheduleTests
{
    private static Schedule Weekly(DateTime localStart, string rule) => new(localStart, localStart.AddHours(2), "Europe/Oslo", rule);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_Tuesday_at_11_is_10_UTC_before_and_09_UTC_after_summer_time_starts()
    {
        var schedule = Weekly(new DateTime(2026, 3, 17, 11, 0, 0), "FREQ=WEEKLY;BYDAY=TU");

        var starts = schedule.Between(Utc(2026, 3, 20, 0), Utc(2026, 4, 8, 0)).Select(o => o.Start).ToList();

        Assert.Equal([Utc(2026, 3, 24, 10), Utc(2026, 3, 31, 9), Utc(2026, 4, 7, 9)], starts);
    }

    [Fact]
    public void Every_Tuesday_at_11_is_09_UTC_before_and_10_UTC_after_summer_time_ends()
    {
        var schedule = Weekly(new DateTime(2026, 3, 17, 11, 0, 0), "FREQ=WEEKLY;BYDAY=TU");

        var starts = schedule.Between(Utc(2026, 10, 19, 0), Utc(2026, 11, 1, 0)).Select(o => o.Start).ToList();

        Assert.Equal([Utc(2026, 10, 20, 9), Utc(2026, 10, 27, 10)], starts);
    }

    [Fact]
    public void An_occurrence_keeps_its_two_hours_on_the_day_the_clocks_change()
    {
        // Sunday 29 March 2026 02:00 the clocks go forward; an 11:00–13:00 walk that day still lasts two hours.
        var schedule = Weekly(new DateTime(2026, 3, 22, 11, 0, 0), "FREQ=WEEKLY;BYDAY=SU");

        var occurrence = Assert.Single(schedule.Between(Utc(2026, 3, 29, 0), Utc(2026, 3, 30, 0)));

        Assert.Equal((Utc(2026, 3, 29, 9), TimeSpan.FromHours(2)), (occurrence.Start, occurrence.End - occurrence.Start));
    }

    [Fact]
    public void First_Thursday_of_the_month_falls_on_the_first_Thursday_each_month()
    {
        var schedule = Weekly(new DateTime(2026, 1, 1, 11, 0, 0), "FREQ=MONTHLY;BYDAY=1TH");

        var days = schedule.Between(Utc(2026, 1, 1, 0), Utc(2026, 5, 1, 0)).Select(o => DateOnly.FromDateTime(o.Start.UtcDateTime)).ToList();

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 5), new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 2)], days);
    }

    [Fact]
    public void A_single_activity_occurs_once_inside_the_window_and_not_outside()
    {
        var schedule = new Schedule(new DateTime(2026, 6, 10, 10, 0, 0), new DateTime(2026, 6, 10, 15, 0, 0), "Europe/Oslo", null);

        Assert.Single(schedule.Between(Utc(2026, 6, 1, 0), Utc(2026, 7, 1, 0)));
        Assert.Empty(schedule.Between(Utc(2026, 7, 1, 0), Utc(2026, 8, 1, 0)));
    }

    [Fact]
    public void At_finds_an_occurrence_only_at_its_exact_start()
    {
        var schedule = Weekly(new DateTime(2026, 3, 17, 11, 0, 0), "FREQ=WEEKLY;BYDAY=TU");

        Assert.NotNull(schedule.At(Utc(2026, 3, 31, 9)));
        Assert.Null(schedule.At(Utc(2026, 3, 31, 10)));
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("BYDAY=TU")]
    [InlineData("every tuesday")]
    public void An_invalid_rule_is_named_as_invalid(string rule) =>
        Assert.StartsWith("is not a valid RFC 5545 RRULE", Schedule.RecurrenceError(rule));

    [Theory]
    [InlineData("FREQ=SECONDLY")]
    [InlineData("FREQ=MINUTELY;INTERVAL=15")]
    [InlineData("FREQ=HOURLY;BYDAY=TU")]
    public void A_rule_repeating_more_often_than_daily_is_refused(string rule) =>
        Assert.StartsWith("must repeat daily, weekly, monthly or yearly", Schedule.RecurrenceError(rule));

    [Fact]
    public void A_valid_rule_has_no_error() => Assert.Null(Schedule.RecurrenceError("FREQ=MONTHLY;BYDAY=1TH"));
}
