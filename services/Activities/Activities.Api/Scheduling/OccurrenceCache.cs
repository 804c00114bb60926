using CareServices.Activities.Domain.Calendar;
using Microsoft.Extensions.Caching.Memory;

namespace CareServices.Activities.Api.Scheduling;

/// <summary>
/// Expanding a recurrence (Ical.Net, in the activity's time zone) is the costly part of the calendar and of matching,
/// and the same series is expanded for every recipient and every month view. This keeps each activity version's
/// occurrences for 62 days from the start of the requested day (a month view, or matching's default 30 days; a longer
/// range is expanded directly); the key holds the activity's last change, so a
/// changed or cancelled activity is expanded afresh.
/// </summary>
public sealed class OccurrenceCache(IMemoryCache cache)
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(62);

    public IEnumerable<Occurrence> Between(Activity activity, DateTimeOffset from, DateTimeOffset to)
    {
        var horizonStart = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
        if (to > horizonStart + Horizon)
        {
            return activity.OccurrencesBetween(from, to);
        }
        var all = cache.GetOrCreate((activity.Id, activity.ChangedAt, horizonStart), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6);
            return activity.OccurrencesBetween(horizonStart, horizonStart + Horizon).ToArray();
        })!;
        return all.Where(o => o.Start >= from && o.Start < to);
    }
}
