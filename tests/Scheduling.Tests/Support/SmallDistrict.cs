using System.Net.Http.Json;
using CareServices.Contracts.Assessment;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>
/// A small fixed scenario in a zone of its own, on the host's first day: a nurse, two health workers and a home
/// helper on day shifts, and four recipients — one needing a nurse, one with a morning and a lunch visit and a
/// contact person, one with cleaning, one needing two staff at once.
/// </summary>
public sealed class SmallDistrict
{
    public static readonly DateOnly Day = DateOnly.FromDateTime(SchedulingHost.Start.ToOffset(TimeSpan.FromHours(1)).DateTime);

    public required string Zone { get; init; }
    public required Guid Nurse { get; init; }
    public required Guid HealthWorker1 { get; init; }
    public required Guid HealthWorker2 { get; init; }
    public required Guid HomeHelper { get; init; }
    public required Guid NeedsNurse { get; init; }
    public required Guid MorningAndLunch { get; init; }
    public required Guid Cleaning { get; init; }
    public required Guid DoubleStaffed { get; init; }

    public IReadOnlyList<Guid> Staff => [Nurse, HealthWorker1, HealthWorker2, HomeHelper];

    public static async Task<SmallDistrict> CreateAsync(SchedulingHost host)
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var district = new SmallDistrict
        {
            Zone = zone,
            Nurse = await host.RegisterStaffAsync(zone, ["nurse"], "Nina Sykepleier"),
            HealthWorker1 = await host.RegisterStaffAsync(zone, ["healthWorker"], "Hanne Helsefag"),
            HealthWorker2 = await host.RegisterStaffAsync(zone, ["healthWorker"], "Hans Helsefag"),
            HomeHelper = await host.RegisterStaffAsync(zone, ["homeHelper"], "Hilde Hjemmehjelp"),
            NeedsNurse = await host.RegisterRecipientAsync(zone, 67.79, 15.21),
            MorningAndLunch = await host.RegisterRecipientAsync(zone, 67.77, 15.18),
            Cleaning = await host.RegisterRecipientAsync(zone, 67.785, 15.22),
            DoubleStaffed = await host.RegisterRecipientAsync(zone, 67.775, 15.215),
        };
        foreach (var staff in district.Staff)
        {
            await host.RosterAsync(staff, Day);
        }
        var at = host.Clock.GetUtcNow();
        var grants = new[]
        {
            Decisions.Granted(district.NeedsNurse, Day, at,
                Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0)),
                Decisions.Line("medication", 10, "daily", Decisions.EveryDay, new(8, 0), new(10, 0), competence: "nurse")),
            Decisions.Granted(district.MorningAndLunch, Day, at,
                Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0)),
                Decisions.Line("lunch", 20, "daily", Decisions.EveryDay, new(12, 0), new(13, 0))),
            Decisions.Granted(district.Cleaning, Day, at,
                Decisions.Line("cleaning", 60, "daily", Decisions.EveryDay, new(10, 0), new(14, 0), competence: "homeHelper")),
            Decisions.Granted(district.DoubleStaffed, Day, at,
                Decisions.Line("transfer", 30, "daily", Decisions.EveryDay, new(8, 0), new(9, 0), doubleStaffing: true)),
        };
        foreach (var grant in grants)
        {
            await host.PublishAsync(grant);
        }
        var recipients = grants.Select(g => g.Decision.RecipientId).ToList();
        Assert.True(await TestSupport.Eventually.UntilAsync(() => host.InDbAsync(async db =>
            recipients.All(r => db.Visits.Any(v => v.RecipientId == r && v.Date == Day)))));
        var assigned = await host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{district.MorningAndLunch}/contact-persons",
            new { primaryStaffId = district.HealthWorker1, secondaryStaffId = district.HealthWorker2 });
        assigned.EnsureSuccessStatusCode();
        return district;
    }
}
