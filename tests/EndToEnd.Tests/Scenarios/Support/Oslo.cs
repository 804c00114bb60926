namespace CareServices.EndToEnd.Tests.Scenarios.Support;

/// <summary>Dates as the services count them: local dates in Europe/Oslo, the 1848 municipality's time zone.</summary>
public static class Oslo
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);

    /// <summary>The Monday of the week <paramref name="date"/> is in (weeks start on Monday in the reports).</summary>
    public static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
