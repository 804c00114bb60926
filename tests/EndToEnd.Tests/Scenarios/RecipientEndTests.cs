using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>A recipient's end in Assessment ends their decisions, and Scheduling stops every visit after the last day.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class RecipientEndTests(AppHostFixture fixture)
{
    private const string Zone = "Nord-Steigen";

    [Fact]
    public async Task Ending_a_recipient_stops_their_visits_after_the_last_day_and_takes_them_off_the_work_list()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        using var planner = await fixture.ClientForAsync("Planner");
        var today = Oslo.Today;
        var lastDay = today.AddDays(1);
        var plannedDay = today.AddDays(3);
        var horizonEnd = today.AddDays(27);

        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Olaf Moving", new DateOnly(1939, 8, 30), Zone,
            new CareSteps.Home("Kjerringøyveien 4", "8283", "Leinesfjord", 67.93, 15.33));
        var decision = await CareSteps.GrantDailyDecisionAsync(caseWorker, recipient.Id, today, "supervisory_visit", 20, new TimeOnly(12, 0), new TimeOnly(14, 0));
        await CareSteps.KnownToSchedulingAsync(planner, recipient.Id);
        await CareSteps.VisitsAsync(planner, recipient.Id, today, horizonEnd, visits => visits.Count == 28, "DecisionGranted becoming 28 days of visits in Scheduling");

        // One day after the last day is already planned and published: a care worker has it on their work list.
        var caregiver = await CareSteps.RegisterStaffAsync(planner, "Nils Nattevakt", Zone, "healthWorker", 67.93, 15.33);
        await CareSteps.RosterAsync(planner, caregiver.Id, plannedDay, "day");
        await CareSteps.PlanAndPublishAsync(planner, Zone, plannedDay);
        using var careWorker = await fixture.ClientAsAsync("CareWorker", staffId: caregiver.Id);
        var before = await WorkListAsync(careWorker, caregiver.Id, plannedDay);
        Assert.Equal(recipient.Id, Assert.Single(before.Visits).RecipientId);

        // The recipient moves away: services end after tomorrow.
        using var ending = await caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{recipient.Id}/end", new { reason = "moved", lastDay = Oslo.Iso(lastDay) });
        var ended = await Expect.JsonAsync<Ending>(ending, HttpStatusCode.OK, $"POST /api/assessment/recipients/{recipient.Id}/end");
        var terminated = Assert.Single(ended.TerminatedDecisions);
        Assert.Equal((decision.Id, lastDay), (terminated.DecisionId, terminated.LastDay));

        // DecisionTerminated reaches Scheduling: nothing after the last day is still to be done, and the published
        // visit is cancelled (the others were never announced, so they are simply gone).
        var after = await CareSteps.VisitsAsync(planner, recipient.Id, lastDay.AddDays(1), horizonEnd,
            visits => visits.All(v => v.Status == "cancelled"), "DecisionTerminated stopping the visits in Scheduling");
        var cancelled = Assert.Single(after);
        Assert.Equal(plannedDay, cancelled.Date);
        var kept = await CareSteps.VisitsNowAsync(planner, recipient.Id, today, lastDay);
        Assert.Equal(new[] { today, lastDay }, kept.Select(v => v.Date).Order());
        Assert.All(kept, visit => Assert.Equal("open", visit.Status));

        Assert.Empty((await WorkListAsync(careWorker, caregiver.Id, plannedDay)).Visits);
    }

    private static async Task<WorkList> WorkListAsync(HttpClient careWorker, Guid staffId, DateOnly date)
    {
        using var response = await careWorker.GetAsync($"/api/scheduling/worklists/{staffId}/{Oslo.Iso(date)}");
        return await Expect.JsonAsync<WorkList>(response, HttpStatusCode.OK, "GET the care worker's work list");
    }

    private sealed record WorkList(Guid StaffId, IReadOnlyList<WorkListVisit> Visits);

    private sealed record WorkListVisit(Guid VisitId, Guid RecipientId);

    private sealed record Ending(Guid RecipientId, string Reason, IReadOnlyList<TerminatedDecision> TerminatedDecisions);

    private sealed record TerminatedDecision(Guid DecisionId, string Number, DateOnly LastDay);
}
