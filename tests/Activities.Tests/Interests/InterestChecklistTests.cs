using System.Net;
using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Messaging;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Activities;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Activities.Tests.Interests;

/// <summary>Each test uses a municipality of its own, so the class's shared database does not mix their lists.</summary>
public sealed class InterestChecklistTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);

    private static ChecklistRequest Checklist(DateOnly doneOn, Dictionary<string, string>? answers = null, bool livesAlone = true, string meetsOthers = "weekly", int loneliness = 2) =>
        new(doneOn, answers ?? new Dictionary<string, string> { ["busTrips"] = "wouldLikeToTry" }, livesAlone, meetsOthers, loneliness,
            false, false, false, false, null);

    private async Task RecordAsync(string municipality, Guid recipient, ChecklistRequest request) =>
        await (await host.Client(Roles.CareWorker, municipality).PostJsonAsync($"/api/activities/recipients/{recipient}/interest-checklists", request))
            .ReadAsync<ChecklistResponse>();

    private async Task<Guid> WithContactPersonAsync(Guid recipient, string name)
    {
        await host.WithDbAsync(async db =>
        {
            (await db.Recipients.SingleAsync(r => r.Id == recipient)).AssignContactPerson(name);
            return await db.SaveChangesAsync();
        });
        return recipient;
    }

    [Fact]
    public async Task The_due_list_holds_recipients_never_done_or_older_than_12_months_by_zone_and_contact_person()
    {
        var never = await WithContactPersonAssigned("8001", "Nordfold", "Anne");
        var old = await WithContactPersonAssigned("8001", "Nordfold", "Anne");
        var recent = await WithContactPersonAssigned("8001", "Nordfold", "Anne");
        var otherContact = await WithContactPersonAssigned("8001", "Nordfold", "Bjørn");
        var otherZone = await WithContactPersonAssigned("8001", "Leiranger", "Anne");
        await RecordAsync("8001", old, Checklist(Today.AddMonths(-13)));
        await RecordAsync("8001", recent, Checklist(Today.AddMonths(-2)));

        var due = await (await host.Client(Roles.CareWorker, "8001").GetAsync("/api/activities/interest-checklists/due?zone=Nordfold&contactPerson=Anne"))
            .ReadAsync<List<DueChecklist>>();

        Assert.Equal(new[] { never, old }.Order(), due.Select(d => d.RecipientId).Order());
        var overdue = due.Single(d => d.RecipientId == old);
        Assert.Equal((Today.AddMonths(-13), Today.AddMonths(-1)), (overdue.LastDoneOn, overdue.DueOn));
        Assert.DoesNotContain(due, d => d.RecipientId == otherContact || d.RecipientId == otherZone || d.RecipientId == recent);
    }

    [Fact]
    public async Task The_due_list_is_by_the_primary_contact_Scheduling_assigns()
    {
        var recipient = await host.RecipientAsync(zone: "Nordfold", municipality: "8003");
        ContactPersonRef primary = new() { StaffId = Guid.NewGuid(), Name = "Anne" }, secondary = new() { StaffId = Guid.NewGuid(), Name = "Bjørn" };

        await host.Events.PublishAsync(new ContactPersonAssigned
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "8003", RecipientId = recipient,
            Primary = primary, Secondary = secondary, Acting = primary, Reason = "assigned", EffectiveFrom = Today,
        });

        var client = host.Client(Roles.CareWorker, "8003");
        List<DueChecklist> due = [];
        Assert.True(await TestSupport.Eventually.UntilAsync(async () =>
            (due = await (await client.GetAsync("/api/activities/interest-checklists/due?zone=Nordfold&contactPerson=Anne")).ReadAsync<List<DueChecklist>>())
                .Any(d => d.RecipientId == recipient)));
        Assert.Empty(await (await client.GetAsync("/api/activities/interest-checklists/due?zone=Nordfold&contactPerson=Bjørn")).ReadAsync<List<DueChecklist>>());
    }

    private async Task<Guid> WithContactPersonAssigned(string municipality, string zone, string contact) =>
        await WithContactPersonAsync(await host.RecipientAsync(zone: zone, municipality: municipality), contact);

    [Fact]
    public async Task The_due_scan_publishes_InterestChecklistDue_once_per_due_date()
    {
        var recipient = await WithContactPersonAssigned("8002", "Leiranger", "Anne");
        await RecordAsync("8002", recipient, Checklist(Today.AddYears(-1).AddDays(-3)));

        await ScanAsync();
        await ScanAsync();

        var published = Assert.Single(await host.Events.WaitForAsync<InterestChecklistDue>(e => e.RecipientId == recipient));
        Assert.Equal(("Anne", "Leiranger", Today.AddYears(-1).AddDays(-3).AddMonths(12)), (published.ContactPersonName, published.Zone, published.DueOn));
        var notices = await host.WithDbAsync(db => db.ChecklistDueNotices.CountAsync(n => n.RecipientId == recipient));
        Assert.Equal(1, notices);
    }

    private async Task<int> ScanAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ChecklistDueScan>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Unit_statistics_rank_the_categories_a_zone_wants_most_counting_each_recipient_once()
    {
        var busFans = new[] { "wouldLikeToTry", "wouldLikeToTry", "doNow" };
        foreach (var answer in busFans)
        {
            var recipient = await host.RecipientAsync(zone: "Toppen", municipality: "8003");
            await RecordAsync("8003", recipient, Checklist(Today, new Dictionary<string, string>
            {
                ["busTrips"] = answer,
                ["berryPicking"] = "usedTo",
                ["singing"] = answer == "doNow" ? "doNow" : "notInterested",
            }));
        }
        var elsewhere = await host.RecipientAsync(zone: "Nordfold", municipality: "8003");
        await RecordAsync("8003", elsewhere, Checklist(Today, new Dictionary<string, string> { ["baking"] = "doNow" }));

        var statistics = await (await host.Client(Roles.UnitLeader, "8003").GetAsync("/api/activities/statistics/interests?zone=Toppen"))
            .ReadAsync<List<CategoryDemand>>();

        var top = statistics[0];
        Assert.Equal(("Toppen", ActivityCategory.Outing, 3, 2, 1, 0), (top.Zone, top.Category, top.Recipients, top.WouldLikeToTry, top.DoNow, top.UsedTo));
        Assert.Equal((ActivityCategory.MusicSinging, 1), (statistics[1].Category, statistics[1].Recipients));
        Assert.DoesNotContain(statistics, s => s.Category == ActivityCategory.BakingCooking);
    }

    [Fact]
    public async Task A_loneliness_outside_1_to_5_is_422_naming_loneliness()
    {
        var recipient = await host.RecipientAsync(municipality: "8004");

        var response = await host.Client(Roles.CareWorker, "8004").PostJsonAsync($"/api/activities/recipients/{recipient}/interest-checklists",
            Checklist(Today, loneliness: 7));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["loneliness"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_checklist_of_another_municipalitys_recipient_is_404()
    {
        var recipient = await host.RecipientAsync(municipality: "8005");

        var response = await host.Client(Roles.CareWorker, "8006").PostJsonAsync($"/api/activities/recipients/{recipient}/interest-checklists", Checklist(Today));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
