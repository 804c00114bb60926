using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// The care loop through the gateway, each step by the person who takes it: decision → visit demand → plan →
/// work list → visit → visit report → reconciliation of delivered against granted time.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CareLoopTests(AppHostFixture fixture)
{
    private const string Zone = "Nordfold";
    private const int Minutes = 45;

    [Fact]
    public async Task A_granted_decision_is_planned_visited_documented_and_reconciled_against_the_granted_time()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        using var planner = await fixture.ClientForAsync("Planner");
        var today = Oslo.Today;
        var day = today.AddDays(1);

        // The case worker registers the recipient and grants personal care, 45 minutes every morning.
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Solveig Nordfold", new DateOnly(1937, 2, 11), Zone,
            new CareSteps.Home("Fjordveien 12", "8286", "Nordfold", 67.762, 15.195));
        var decision = await CareSteps.GrantDailyDecisionAsync(caseWorker, recipient.Id, today, "personal_care", Minutes, new TimeOnly(9, 0), new TimeOnly(11, 0));
        Assert.Equal("granted", decision.Status);
        Assert.Equal(5.25m, decision.HoursPerWeek);
        var line = Assert.Single(decision.Lines);

        // Scheduling turns the decision into one visit a day over its four-week horizon.
        await CareSteps.KnownToSchedulingAsync(planner, recipient.Id);
        var demand = await CareSteps.VisitsAsync(planner, recipient.Id, today, today.AddDays(27), visits => visits.Count > 0, "DecisionGranted becoming visits in Scheduling");
        Assert.Equal(28, demand.Count);
        Assert.All(demand, visit =>
        {
            Assert.Equal(Minutes, visit.Minutes);
            Assert.Equal((new TimeOnly(9, 0), new TimeOnly(11, 0)), (visit.WindowStart, visit.WindowEnd));
            Assert.Equal(new[] { "personal_care" }, visit.Tasks);
        });
        Assert.Equal(Enumerable.Range(0, 28).Select(today.AddDays), demand.Select(v => v.Date).Order());

        // The planner puts a health worker on tomorrow's day shift, plans the zone's day and publishes it.
        var caregiver = await CareSteps.RegisterStaffAsync(planner, "Hege Helsefagarbeider", Zone, "healthWorker", 67.76, 15.19);
        await CareSteps.RosterAsync(planner, caregiver.Id, day, "day");
        await CareSteps.PlanAndPublishAsync(planner, Zone, day);

        // The care worker's own work list (their token carries their staff id) shows the visit.
        using var careWorker = await fixture.ClientAsAsync("CareWorker", staffId: caregiver.Id);
        using var listed = await careWorker.GetAsync($"/api/scheduling/worklists/{caregiver.Id}/{Oslo.Iso(day)}");
        var workList = await Expect.JsonAsync<WorkList>(listed, HttpStatusCode.OK, "GET the care worker's work list");
        var planned = Assert.Single(workList.Visits);
        Assert.Equal(recipient.Id, planned.RecipientId);
        Assert.Equal("Fjordveien 12", planned.Street);
        Assert.Equal(new[] { new WorkListTask("personal_care", Minutes) }, planned.Tasks);
        var start = planned.Start;
        Assert.InRange(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, Oslo.Zone).DateTime), new TimeOnly(9, 0), new TimeOnly(11, 0));

        // At the door and on leaving, the care worker checks in and out.
        using var checkIn = await careWorker.PostAsJsonAsync($"/api/scheduling/visits/{planned.VisitId}/check-in", new { at = start });
        await Expect.StatusAsync(checkIn, HttpStatusCode.OK, "check-in");
        using var checkOut = await careWorker.PostAsJsonAsync($"/api/scheduling/visits/{planned.VisitId}/check-out", new { outcome = "completed", at = start.AddMinutes(Minutes) });
        var executed = await Expect.JsonAsync<VisitExecution>(checkOut, HttpStatusCode.OK, "check-out");
        Assert.Equal(("completed", Minutes), (executed.Status, executed.ActualMinutes));

        // Documentation knows the visit from VisitScheduled; the care worker writes and signs the report.
        var report = await Eventually.ReturnsAsync(async () =>
        {
            using var written = await careWorker.PostAsJsonAsync("/api/documentation/visit-reports", new
            {
                visitId = planned.VisitId,
                actualStart = start,
                actualEnd = start.AddMinutes(Minutes),
                tasks = new[] { new { serviceLineId = line.Id, performed = true } },
                observations = "Stell og påkledning som avtalt.",
                sign = true,
            });
            return await Expect.WhenArrivedAsync<VisitReport>(written, HttpStatusCode.Created, HttpStatusCode.NotFound, "POST /api/documentation/visit-reports");
        }, CareSteps.EventTimeout, "VisitScheduled reaching Documentation");
        Assert.NotNull(report.SignedAt);

        // Assessment's reconciliation shows the week's planned and delivered minutes against the granted ones.
        var week = Oslo.Monday(day);
        var granted = Enumerable.Range(0, 7).Select(week.AddDays).Count(d => d >= today) * Minutes;
        var reconciled = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await planner.GetAsync($"/api/assessment/follow-up/reconciliation?from={Oslo.Iso(day)}&to={Oslo.Iso(day)}&recipientId={recipient.Id}");
            var body = await Expect.JsonAsync<Reconciliation>(response, HttpStatusCode.OK, "GET /api/assessment/follow-up/reconciliation");
            return body.Lines.FirstOrDefault(l => l.WeekStart == week && l.ServiceLineId == line.Id && l.PlannedMinutes > 0 && l.DeliveredMinutes > 0);
        }, CareSteps.EventTimeout, "VisitDocumented reaching Assessment's reconciliation");
        Assert.Equal(recipient.Id, reconciled.RecipientId);
        Assert.Equal(decision.Number, reconciled.DecisionNumber);
        Assert.Equal(granted, reconciled.GrantedMinutes);
        Assert.Equal(Minutes, reconciled.PlannedMinutes);
        Assert.Equal(Minutes, reconciled.DeliveredMinutes);
    }

    private sealed record WorkList(Guid StaffId, string StaffName, DateOnly Date, IReadOnlyList<WorkListVisit> Visits);

    private sealed record WorkListVisit(Guid VisitId, DateTimeOffset Start, DateTimeOffset End, Guid RecipientId, string Street, IReadOnlyList<WorkListTask> Tasks);

    private sealed record WorkListTask(string ServiceCode, int Minutes);

    private sealed record VisitExecution(Guid VisitId, string Status, int? ActualMinutes);

    private sealed record VisitReport(Guid Id, Guid VisitId, DateTimeOffset? SignedAt);

    private sealed record Reconciliation(IReadOnlyList<ReconciledLine> Lines);

    private sealed record ReconciledLine(
        Guid RecipientId, DateOnly WeekStart, Guid ServiceLineId, string? DecisionNumber, decimal GrantedMinutes, int PlannedMinutes, int DeliveredMinutes);
}
