using System.Globalization;

namespace CareServices.Notifications.Api.Rules;

/// <summary>How event facts are written into template values.</summary>
public static class EventValues
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
