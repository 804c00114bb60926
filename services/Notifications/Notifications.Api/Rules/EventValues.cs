using System.Globalization;
using CareServices.Notifications.Api.Delivery;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Rules;

/// <summary>How event facts are written into template values: dates as ISO dates, instants in the municipalities' local time.</summary>
public sealed class EventValues(IOptions<DeliveryOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string LocalDate(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
