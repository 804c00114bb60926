using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Domain.Visits;
using CareServices.Scheduling.Tests.Support;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Tests;

public sealed class VisitDemandFromDecisionsTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private static readonly DateOnly Monday = new(2026, 3, 23);

    private Task<List<Visit>> VisitsAsync(Guid recipientId) =>
        _host.InDbAsync(db => db.Visits.AsNoTracking().Where(v => v.RecipientId == recipientId && v.Status != VisitStatus.Cancelled).OrderBy(v => v.Date).ThenBy(v => v.WindowStart).ToListAsync());

    [Fact]
    public async Task A_granted_decision_becomes_bundled_visits_over_four_weeks_including_the_week_summer_time_starts()
    {
        var recipient = await _host.RegisterRecipientAsync("Nordfold", 67.76, 15.19);
        var granted = Decisions.Granted(recipient, Monday, _host.Clock.GetUtcNow(),
            Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0)),
            Decisions.Line("shower", 45, "everyNWeeks", [DayOfWeek.Thursday], new(8, 30), new(11, 0), intervalWeeks: 2),
            Decisions.Line("cleaning", 60, "weekdays", [DayOfWeek.Friday], new(12, 0), new(14, 0), competence: "homeHelper"));

        await _host.PublishAsync(granted);

        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count > 0));
        var visits = await VisitsAsync(recipient);
        Assert.Equal(28 + 4, visits.Count);
        Assert.Equal(Monday.AddDays(27), visits.Max(v => v.Date));
        var firstThursday = visits.Single(v => v.Date == Monday.AddDays(3));
        Assert.Equal(75, firstThursday.Minutes);
        Assert.Equal(30, visits.Single(v => v.Date == Monday.AddDays(10)).Minutes);
        Assert.Equal(75, visits.Single(v => v.Date == Monday.AddDays(17)).Minutes);
        Assert.All(visits.Where(v => v.Date.DayOfWeek == DayOfWeek.Friday && v.Period == 0 && v.Minutes == 60), v => Assert.Equal(new TimeOnly(12, 0), v.WindowStart));
        Assert.Equal(4, visits.Count(v => v.Lines.Any(l => l.ServiceCode == "cleaning")));
        // Sunday 29 March is the day clocks go forward; it still has its morning visit at 08:00 local.
        Assert.Single(visits, v => v.Date == new DateOnly(2026, 3, 29) && v.WindowStart == new TimeOnly(8, 0));
    }

    [Fact]
    public async Task A_terminated_decision_withdraws_the_visits_after_its_last_day()
    {
        var recipient = await _host.RegisterRecipientAsync("Nordfold", 67.76, 15.19);
        var granted = Decisions.Granted(recipient, Monday, _host.Clock.GetUtcNow(),
            Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0)));
        await _host.PublishAsync(granted);
        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count == 28));

        await _host.PublishAsync(new DecisionTerminated
        {
            OccurredAt = _host.Clock.GetUtcNow(),
            MunicipalityId = "1848",
            DecisionId = granted.Decision.DecisionId,
            Number = "V-1",
            Version = 1,
            RecipientId = recipient,
            LastDay = Monday.AddDays(4),
            Reason = "moved to a nursing home",
        });

        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count == 5));
        Assert.Equal(Monday.AddDays(4), (await VisitsAsync(recipient)).Max(v => v.Date));
    }

    [Fact]
    public async Task A_changed_decision_keeps_unchanged_visits_and_replaces_the_rest_from_the_day_it_applies()
    {
        var recipient = await _host.RegisterRecipientAsync("Nordfold", 67.76, 15.19);
        var morning = Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0));
        var granted = Decisions.Granted(recipient, Monday, _host.Clock.GetUtcNow(), morning);
        await _host.PublishAsync(granted);
        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count == 28));
        var before = (await VisitsAsync(recipient)).ToDictionary(v => v.Date, v => v.Id);

        var longer = morning with { MinutesPerVisit = 45 };
        await _host.PublishAsync(new DecisionChanged
        {
            OccurredAt = _host.Clock.GetUtcNow(),
            MunicipalityId = "1848",
            Previous = granted.Decision,
            Current = granted.Decision with { Version = 2, Lines = [longer] },
            EffectiveFrom = Monday.AddDays(7),
        });

        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count(v => v.Minutes == 45) == 21));
        var after = await VisitsAsync(recipient);
        Assert.Equal(28, after.Count);
        Assert.All(after.Where(v => v.Date < Monday.AddDays(7)), v => Assert.Equal(before[v.Date], v.Id));
        Assert.All(after.Where(v => v.Date >= Monday.AddDays(7)), v => Assert.NotEqual(before[v.Date], v.Id));
    }

    [Fact]
    public async Task Decision_events_that_arrive_out_of_order_or_twice_end_as_if_applied_once_in_order()
    {
        var recipient = await _host.RegisterRecipientAsync("Nordfold", 67.76, 15.19);
        var morning = Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0));
        var first = Decisions.Granted(recipient, Monday, _host.Clock.GetUtcNow(), morning);
        var granted = first with { AggregateVersion = 1, Decision = first.Decision with { Number = $"V-{Guid.NewGuid():N}"[..20] } };
        var changed = new DecisionChanged
        {
            OccurredAt = _host.Clock.GetUtcNow(),
            MunicipalityId = "1848",
            AggregateVersion = 2,
            Previous = granted.Decision with { ValidTo = Monday.AddDays(6) },
            Current = granted.Decision with { DecisionId = Guid.NewGuid(), Version = 2, ValidFrom = Monday.AddDays(7), Lines = [morning with { MinutesPerVisit = 45 }] },
            EffectiveFrom = Monday.AddDays(7),
        };

        // The change overtakes the grant it builds on; then a copy of the grant (another message id) arrives late.
        await _host.PublishAsync(changed);
        await _host.PublishAsync(granted);
        Assert.True(await Eventually.UntilAsync(async () => (await VisitsAsync(recipient)).Count(v => v.Minutes == 45) == 21));
        await _host.PublishAsync(granted with { EventId = Guid.NewGuid() });
        static bool InOrder(List<Visit> visits) => visits.Count == 28 && visits.All(v => v.Minutes == (v.Date < Monday.AddDays(7) ? 30 : 45));
        var copyApplied = await Eventually.UntilAsync(async () => !InOrder(await VisitsAsync(recipient)), TimeSpan.FromSeconds(5));

        Assert.False(copyApplied);
        Assert.True(InOrder(await VisitsAsync(recipient)));
        var number = granted.Decision.Number;
        Assert.Equal(2, await _host.InDbAsync(db => db.DecisionStreams.Where(s => s.Number == number).Select(s => s.Version).SingleAsync()));
    }
}
