using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Tests.Decisions;

public sealed class GrantedHoursTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    internal static ServiceLine Line(string code, int minutes, VisitPattern pattern, bool doubleStaffing = false, int number = 1) =>
        ServiceLine.Create(number, ServiceType.Create("1848", DefaultCatalogue.Entries.Single(e => e.Code == code)), minutes, pattern, null, doubleStaffing, null, null, Now);

    internal static VisitPattern Daily() => new(FrequencyKind.Daily, [], 1, 1, [], null);

    internal static VisitPattern On(params DayOfWeek[] days) => new(FrequencyKind.Weekdays, days, 1, 1, [], null);

    [Fact]
    public void Daily_visits_of_30_minutes_are_three_and_a_half_hours_a_week()
    {
        var line = Line("personal_care", 30, Daily());

        Assert.Equal(7m, line.VisitsPerWeek);
        Assert.Equal(3.5m, line.HoursPerWeek);
    }

    [Fact]
    public void Visits_on_given_weekdays_count_those_days_only()
    {
        var line = Line("shower", 45, On(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday));

        Assert.Equal(3m, line.VisitsPerWeek);
        Assert.Equal(2.25m, line.HoursPerWeek);
    }

    [Fact]
    public void Every_other_week_on_one_day_is_half_a_visit_a_week()
    {
        var line = Line("cleaning", 60, new VisitPattern(FrequencyKind.EveryNWeeks, [DayOfWeek.Tuesday], 2, 1, [], null));

        Assert.Equal(0.5m, line.VisitsPerWeek);
        Assert.Equal(0.5m, line.HoursPerWeek);
    }

    [Fact]
    public void Three_times_a_day_counts_every_visit_of_every_day()
    {
        var windows = new[] { new TimeWindow(new(7, 0), new(10, 0)), new TimeWindow(new(12, 0), new(14, 0)), new TimeWindow(new(19, 0), new(21, 0)) };
        var line = Line("medication", 15, new VisitPattern(FrequencyKind.TimesPerDay, [], 1, 3, windows, null));

        Assert.Equal(21m, line.VisitsPerWeek);
        Assert.Equal(5.25m, line.HoursPerWeek);
        Assert.Equal(45, line.MinutesPerDay);
    }

    [Fact]
    public void Double_staffing_doubles_staff_hours_but_not_the_recipients_hours()
    {
        var line = Line("personal_care", 40, Daily(), doubleStaffing: true);

        Assert.Equal(4.67m, line.HoursPerWeek);
        Assert.Equal(9.33m, line.StaffHoursPerWeek);
    }

    [Fact]
    public void A_decisions_total_is_the_sum_of_its_lines()
    {
        var decision = Decision.Draft("1848", Guid.NewGuid(), "1848-2026-00001", "hol", new DateOnly(2027, 1, 1), null, null,
            [Line("personal_care", 30, Daily()), Line("shower", 45, On(DayOfWeek.Thursday), number: 2), Line("cleaning", 60, new VisitPattern(FrequencyKind.EveryNWeeks, [DayOfWeek.Tuesday], 2, 1, [], null), number: 3)],
            Now);

        Assert.Equal(3.5m + 0.75m + 0.5m, decision.HoursPerWeek);
    }

    [Fact]
    public void Lines_of_one_service_overlap_only_on_a_common_day_at_overlapping_times()
    {
        var morning = new VisitPattern(FrequencyKind.Weekdays, [DayOfWeek.Monday], 1, 1, [new TimeWindow(new(7, 0), new(10, 0))], null);
        var evening = new VisitPattern(FrequencyKind.Weekdays, [DayOfWeek.Monday], 1, 1, [new TimeWindow(new(18, 0), new(20, 0))], null);
        var nineOClock = new VisitPattern(FrequencyKind.Weekdays, [DayOfWeek.Monday], 1, 1, [], new TimeOnly(9, 30));
        var tuesday = new VisitPattern(FrequencyKind.Weekdays, [DayOfWeek.Tuesday], 1, 1, [new TimeWindow(new(7, 0), new(10, 0))], null);

        Assert.False(Line("personal_care", 30, morning).Overlaps(Line("personal_care", 30, evening)));
        Assert.True(Line("personal_care", 30, morning).Overlaps(Line("personal_care", 30, nineOClock)));
        Assert.False(Line("personal_care", 30, morning).Overlaps(Line("personal_care", 30, tuesday)));
        Assert.False(Line("personal_care", 30, morning).Overlaps(Line("shower", 30, morning)));
    }
}
