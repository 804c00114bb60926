using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Calendar;
using Microsoft.Extensions.Caching.Memory;

namespace CareServices.Activities.Tests.Calendar;

/// <summary>The occurrence cache answers exactly what expanding the series would, and never an outdated version.</summary>
public sealed class OccurrenceCacheTests : IDisposable
{
    private static readonly DateTimeOffset Published = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly MemoryCache _memory = new(new MemoryCacheOptions());

    private OccurrenceCache Cache => new(_memory);

    private static ActivityDetails Details(string rule, string title = "Allsang") => new(
        title, ActivityCategory.MusicSinging, "", null, new Place("Steigentunet", null, 67.78, 15.05, true, false),
        new Schedule(new DateTime(2026, 9, 1, 11, 0, 0), new DateTime(2026, 9, 1, 13, 0, 0), "Europe/Oslo", rule), 10, false, 0, "nb");

    private static Activity Weekly(string rule = "FREQ=WEEKLY;BYDAY=TU,FR") => Activity.Publish("1848", Guid.NewGuid(), Details(rule), Published);

    [Fact]
    public void Thirty_days_and_calendar_months_from_any_day_equal_a_direct_expansion_across_block_boundaries_and_daylight_saving()
    {
        var activity = Weekly();
        var cache = Cache;

        for (var day = 0; day < 120; day++)
        {
            var from = Published.AddDays(day).AddHours(day % 24);
            Assert.Equal(activity.OccurrencesBetween(from, from.AddDays(30)), cache.Between(activity, from, from.AddDays(30)));
        }
        for (var month = 9; month <= 12; month++)
        {
            var from = new DateTimeOffset(2026, month, 1, 0, 0, 0, TimeSpan.FromHours(month < 11 ? 2 : 1));
            Assert.Equal(activity.OccurrencesBetween(from, from.AddMonths(1)), cache.Between(activity, from, from.AddMonths(1)));
        }
    }

    [Fact]
    public void A_range_longer_than_the_window_is_expanded_in_full()
    {
        var activity = Weekly("FREQ=WEEKLY;BYDAY=TU");

        var half = Cache.Between(activity, Published, Published.AddDays(180)).ToList();

        Assert.Equal(26, half.Count);
    }

    [Fact]
    public void A_changed_activity_is_expanded_afresh_not_read_from_the_kept_window()
    {
        var activity = Weekly("FREQ=WEEKLY;BYDAY=TU");
        var cache = Cache;
        var before = cache.Between(activity, Published, Published.AddDays(30)).ToList();

        activity.Change(activity.OrganiserId, Details("FREQ=WEEKLY;BYDAY=TU,TH"), Published.AddMinutes(5));
        var after = cache.Between(activity, Published, Published.AddDays(30)).ToList();

        Assert.Equal(5, before.Count);
        Assert.Equal(9, after.Count);
        Assert.Contains(after, o => o.Start.DayOfWeek == DayOfWeek.Thursday);
    }

    [Fact]
    public void A_cancelled_occurrence_or_series_is_left_out_at_once()
    {
        var activity = Weekly("FREQ=WEEKLY;BYDAY=TU");
        var cache = Cache;
        var first = cache.Between(activity, Published, Published.AddDays(30)).First();

        activity.CancelOccurrence(first.Start, Published.AddMinutes(5));
        var withoutFirst = cache.Between(activity, Published, Published.AddDays(30)).ToList();
        activity.Cancel("Lokalet er stengt", Published.AddMinutes(10));
        var cancelled = cache.Between(activity, Published, Published.AddDays(30)).ToList();

        Assert.DoesNotContain(first, withoutFirst);
        Assert.Equal(4, withoutFirst.Count);
        Assert.Empty(cancelled);
    }

    [Fact]
    public void Warming_keeps_the_window_of_the_block_the_instant_falls_in_and_no_other()
    {
        var activity = Weekly();
        var cache = Cache;
        var blockStart = OccurrenceCache.BlockStart(Published);

        var before = cache.IsWarm(activity, Published);
        cache.Warm(activity, Published);

        Assert.False(before);
        Assert.True(cache.IsWarm(activity, blockStart));
        Assert.True(cache.IsWarm(activity, blockStart + OccurrenceCache.Block - TimeSpan.FromTicks(1)));
        Assert.False(cache.IsWarm(activity, blockStart + OccurrenceCache.Block));
    }

    public void Dispose() => _memory.Dispose();
}
