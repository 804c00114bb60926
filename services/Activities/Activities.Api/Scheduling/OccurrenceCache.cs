using CareServices.Activities.Domain.Calendar;
using Microsoft.Extensions.Caching.Memory;

namespace CareServices.Activities.Api.Scheduling;

/// <summary>
/// Expanding a recurrence (Ical.Net, in the activity's time zone, from the series' first start) is the costly part of
/// the calendar and of matching, and the same series is expanded for every recipient and every month view. This keeps
/// each activity version's occurrences in windows of <see cref="Window"/> that start on fixed 28-day block boundaries,
/// so a request for up to 34 days (matching's default 30, a month view) is always inside the window of the block it
/// starts in, and the keys change once every four weeks rather than at every midnight. The key holds the activity's
/// last change, so a changed or cancelled activity (and each cancelled occurrence) is expanded afresh; a longer range
/// is expanded directly. <see cref="OccurrenceWarmer"/> fills the windows before requests need them.
/// </summary>
public sealed class OccurrenceCache(IMemoryCache cache)
{
    public static readonly TimeSpan Block = TimeSpan.FromDays(28);
    public static readonly TimeSpan Window = TimeSpan.FromDays(62);

    // A Monday at midnight UTC; any fixed instant would do.
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<Occurrence> Between(Activity activity, DateTimeOffset from, DateTimeOffset to)
    {
        var blockStart = BlockStart(from);
        if (to > blockStart + Window)
        {
            return activity.OccurrencesBetween(from, to);
        }
        var all = WindowOf(activity, blockStart);
        return all.Where(o => o.Start >= from && o.Start < to);
    }

    /// <summary>Expands (if not yet kept) the window of the block <paramref name="instant"/> falls in.</summary>
    public void Warm(Activity activity, DateTimeOffset instant) => _ = WindowOf(activity, BlockStart(instant));

    /// <summary>Whether the window for <paramref name="instant"/>'s block of this activity version is kept.</summary>
    public bool IsWarm(Activity activity, DateTimeOffset instant) => cache.TryGetValue(Key(activity, BlockStart(instant)), out _);

    public static DateTimeOffset BlockStart(DateTimeOffset instant) =>
        Epoch + (Block * Math.Floor((instant - Epoch) / Block));

    private Occurrence[] WindowOf(Activity activity, DateTimeOffset blockStart) =>
        cache.GetOrCreate(Key(activity, blockStart), entry =>
        {
            // Kept while used; an old version or a past block drops out after a day unread.
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return activity.OccurrencesBetween(blockStart, blockStart + Window).ToArray();
        })!;

    private static (string, Guid, DateTimeOffset, DateTimeOffset) Key(Activity activity, DateTimeOffset blockStart) =>
        ("occurrences", activity.Id, activity.ChangedAt, blockStart);
}
