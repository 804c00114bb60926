using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Tests.Support;
using CareServices.Seed;
using CareServices.Seed.Scheduling;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Tests;

/// <summary>The demo seed's planning step (<see cref="ZoneDayPlanning"/>) against the real API.</summary>
public sealed class DemoPlanningTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Every_zone_day_is_planned_and_published_with_its_figures_and_a_second_seeding_plans_none_again()
    {
        var north = await SmallDistrict.CreateAsync(_host);
        var south = await SmallDistrict.CreateAsync(_host);
        using var gateway = new GatewayClient(_host.App.CreateClient(), (role, municipality, subject) => TestTokens.For(role, municipality, subject));
        var planning = new ZoneDayPlanning(gateway, "1848");
        (string, DateOnly)[] zoneDays = [(north.Zone, SmallDistrict.Day), (south.Zone, SmallDistrict.Day)];

        var first = await planning.PlanAndPublishAsync(zoneDays, timeLimitSeconds: 1);

        Assert.Equal(new ZoneDayPlanning.Result(Published: 2, Visits: 10, Unassigned: 0), first);
        var runs = await _host.InDbAsync(db => db.PlanRuns.AsNoTracking().Where(r => r.Zone == north.Zone || r.Zone == south.Zone).ToListAsync());
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(PlanStatus.Published, r.Status));
        Assert.All(runs, r => Assert.Equal(1, r.TimeLimitSeconds));
        Assert.Equal(10, await _host.OutboxCountAsync<VisitScheduled>());

        var second = await planning.PlanAndPublishAsync(zoneDays, timeLimitSeconds: 1);

        Assert.Equal(new ZoneDayPlanning.Result(0, 0, 0), second);
        Assert.Equal(2, await _host.InDbAsync(db => db.PlanRuns.CountAsync(r => r.Zone == north.Zone || r.Zone == south.Zone)));
    }
}
