using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Demand;
using Microsoft.Extensions.Configuration;

namespace CareServices.Scheduling.Tests.Domain;

public sealed class RecurrenceRulesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 23);

    [Fact]
    public void A_weekday_pattern_occurs_on_the_granted_days_only()
    {
        var rule = RecurrenceRules.FromPattern("weekdays", [DayOfWeek.Thursday, DayOfWeek.Monday], 1);

        var dates = RecurrenceRules.Dates(rule, Monday, Monday, Monday.AddDays(13)).ToList();

        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,TH", rule);
        Assert.Equal([Monday, Monday.AddDays(3), Monday.AddDays(7), Monday.AddDays(10)], dates);
    }

    [Fact]
    public void Every_second_week_counts_the_weeks_from_the_day_the_decision_applies()
    {
        var rule = RecurrenceRules.FromPattern("everyNWeeks", [DayOfWeek.Thursday], 2);

        var fromAnchor = RecurrenceRules.Dates(rule, Monday, Monday, Monday.AddDays(38)).ToList();
        var fromLater = RecurrenceRules.Dates(rule, Monday, Monday.AddDays(8), Monday.AddDays(38)).ToList();

        Assert.Equal([new DateOnly(2026, 3, 26), new DateOnly(2026, 4, 9), new DateOnly(2026, 4, 23)], fromAnchor);
        Assert.Equal([new DateOnly(2026, 4, 9), new DateOnly(2026, 4, 23)], fromLater);
    }

    [Fact]
    public void A_daily_pattern_keeps_every_date_through_the_change_to_summer_time()
    {
        var dates = RecurrenceRules.Dates(RecurrenceRules.FromPattern("daily", [], 1), Monday, new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 31)).ToList();

        Assert.Equal(5, dates.Count);
        Assert.Contains(new DateOnly(2026, 3, 29), dates);
    }

    [Fact]
    public void A_local_time_keeps_its_wall_clock_across_the_change_to_summer_time_and_the_day_of_the_change_has_23_hours()
    {
        var clock = new SchedulingClock(TimeProvider.System, new ConfigurationBuilder().Build());

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero), clock.At(new DateOnly(2026, 3, 28), new TimeOnly(8, 0)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero), clock.At(new DateOnly(2026, 3, 30), new TimeOnly(8, 0)).ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(23), clock.Midnight(new DateOnly(2026, 3, 30)) - clock.Midnight(new DateOnly(2026, 3, 29)));
    }
}
