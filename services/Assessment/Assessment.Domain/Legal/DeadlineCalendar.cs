using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Domain.Legal;

/// <summary>
/// The days on which a statutory deadline cannot end, per country: a deadline that falls on one moves to the next
/// day that is not. Norway: domstolloven § 149 (Saturdays, Sundays, helligdager and the høytidsdager 1 and 17 May).
/// Sweden: lag (1930:173) om beräkning av lagstadgad tid § 2 (Saturdays, Sundays, allmänna helgdagar under lag
/// (1989:253), midsommarafton, julafton and nyårsafton). Denmark: retsplejeloven § 148 a, which administrative
/// practice follows (Saturdays, Sundays, helligdage, grundlovsdag, juleaftensdag and nytårsaftensdag; store bededag
/// until its abolition from 2024).
/// </summary>
public static class DeadlineCalendar
{
    public static DateOnly NextOpenDay(string country, DateOnly day)
    {
        while (IsClosed(country, day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    public static bool IsClosed(string country, DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsHoliday(country, day);

    public static bool IsHoliday(string country, DateOnly day)
    {
        var easter = Easter(day.Year);
        var fromEaster = day.DayNumber - easter.DayNumber;
        return country switch
        {
            Countries.Sweden => SwedishHoliday(day, fromEaster),
            Countries.Denmark => DanishHoliday(day, fromEaster),
            _ => NorwegianHoliday(day, fromEaster),
        };
    }

    // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
    private static bool NorwegianHoliday(DateOnly day, int fromEaster) =>
        fromEaster is -3 or -2 or 0 or 1 or 39 or 49 or 50
        || (day.Month, day.Day) is (1, 1) or (5, 1) or (5, 17) or (12, 25) or (12, 26);

    private static bool DanishHoliday(DateOnly day, int fromEaster) =>
        fromEaster is -3 or -2 or 0 or 1 or 39 or 49 or 50
        || (fromEaster == 26 && day.Year < 2024)
        || (day.Month, day.Day) is (1, 1) or (6, 5) or (12, 24) or (12, 25) or (12, 26) or (12, 31);

    // Midsommardagen is the Saturday from 20 to 26 June and alla helgons dag the Saturday from 31 October to
    // 6 November: both are Saturdays and so closed anyway; midsommarafton is the Friday before.
    private static bool SwedishHoliday(DateOnly day, int fromEaster) =>
        fromEaster is -2 or 0 or 1 or 39 or 49
        || (day.Month, day.Day) is (1, 1) or (1, 6) or (5, 1) or (6, 6) or (12, 24) or (12, 25) or (12, 26) or (12, 31)
        || (day.Month == 6 && day.Day is >= 19 and <= 25 && day.DayOfWeek == DayOfWeek.Friday);

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, also called Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
