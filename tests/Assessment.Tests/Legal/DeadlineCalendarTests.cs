using CareServices.Assessment.Domain.Legal;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>The days a statutory deadline cannot end on, per country, checked against the published calendars.</summary>
public sealed class DeadlineCalendarTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_falls_on_the_published_date(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DeadlineCalendar.Easter(year));

    [Theory]
    [InlineData("NO", 2027, 3, 25, true)] // skjærtorsdag
    [InlineData("SE", 2027, 3, 25, false)] // Maundy Thursday is a working day in Sweden
    [InlineData("DK", 2027, 3, 25, true)] // skærtorsdag
    [InlineData("NO", 2027, 5, 6, true)] // Kristi himmelfartsdag
    [InlineData("NO", 2028, 5, 17, true)] // grunnlovsdag (a Wednesday)
    [InlineData("SE", 2028, 5, 17, false)]
    [InlineData("SE", 2028, 6, 6, true)] // Sveriges nationaldag (a Tuesday)
    [InlineData("NO", 2028, 6, 6, false)]
    [InlineData("DK", 2028, 6, 5, true)] // grundlovsdag (a Monday)
    [InlineData("NO", 2028, 6, 5, true)] // 2. pinsedag 2028
    [InlineData("SE", 2027, 6, 25, true)] // midsommarafton (a Friday)
    [InlineData("NO", 2027, 6, 25, false)]
    [InlineData("SE", 2027, 12, 24, true)] // julafton
    [InlineData("DK", 2027, 12, 24, true)] // juleaftensdag
    [InlineData("NO", 2027, 12, 24, false)] // julaften is not a helligdag in Norway
    [InlineData("DK", 2023, 5, 5, true)] // store bededag, the last year it was kept
    [InlineData("DK", 2024, 4, 26, false)] // abolished from 2024
    [InlineData("NO", 2027, 3, 24, false)] // an ordinary Wednesday
    public void A_day_is_a_holiday_by_its_country_s_rules(string country, int year, int month, int day, bool holiday) =>
        Assert.Equal(holiday, DeadlineCalendar.IsHoliday(country, new DateOnly(year, month, day)));

    [Fact]
    public void A_deadline_on_Christmas_Eve_in_Denmark_moves_past_Christmas_and_the_weekend()
    {
        // Friday 24 December 2027; 25 and 26 December are a Saturday and Sunday.
        Assert.Equal(new DateOnly(2027, 12, 27), DeadlineCalendar.NextOpenDay("DK", new DateOnly(2027, 12, 24)));
        Assert.Equal(new DateOnly(2027, 12, 24), DeadlineCalendar.NextOpenDay("NO", new DateOnly(2027, 12, 24)));
    }
}
