using System.Globalization;

namespace CareServices.Notifications.Domain.Preferences;

/// <summary>
/// A daily span of local time in which no SMS goes out unless it is urgent, e.g. <c>21:00-08:00</c> (it may cross
/// midnight). Start is inside the span, end is not.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>What applies to anyone who has not chosen otherwise.</summary>
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(8, 0));

    public static bool TryParse(string? text, out QuietHours? quietHours)
    {
        quietHours = null;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || start == end)
        {
            return false;
        }
        quietHours = new QuietHours(start, end);
        return true;
    }

    public bool Contains(TimeOnly time) =>
        Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>The first moment at or after <paramref name="localNow"/> that lies outside the span.</summary>
    public DateTime EndAfter(DateTime localNow)
    {
        var time = TimeOnly.FromDateTime(localNow);
        if (!Contains(time))
        {
            return localNow;
        }
        var end = localNow.Date + End.ToTimeSpan();
        return end > localNow ? end : end.AddDays(1);
    }

    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
