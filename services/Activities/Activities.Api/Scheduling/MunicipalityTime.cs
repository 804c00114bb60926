namespace CareServices.Activities.Api.Scheduling;

/// <summary>
/// The time zone a municipality plans in (configuration <c>Activities:TimeZones:{municipality}</c>, Europe/Oslo when
/// not set): calendar months and "today" are the municipality's, not the server's.
/// </summary>
public sealed class MunicipalityTime(IConfiguration configuration, TimeProvider timeProvider)
{
    public const string DefaultTimeZone = "Europe/Oslo";

    public string TimeZoneId(string municipalityId) =>
        configuration[$"Activities:TimeZones:{municipalityId}"] ?? DefaultTimeZone;

    public TimeZoneInfo TimeZone(string municipalityId) => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId(municipalityId));

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public DateOnly Today(string municipalityId) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZone(municipalityId)).DateTime);

    /// <summary>The UTC instants a local calendar month starts and ends.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Month(string municipalityId, int year, int month)
    {
        var zone = TimeZone(municipalityId);
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return (Utc(first, zone), Utc(first.AddMonths(1), zone));
    }

    public static DateTimeOffset Utc(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
