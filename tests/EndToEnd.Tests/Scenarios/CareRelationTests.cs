using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Documentation's duty of confidentiality through the gateway: the care worker planned to visit a recipient reads
/// their journal, a colleague without a care relation is refused, and the recipient sees in their access log who read it.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CareRelationTests(AppHostFixture fixture)
{
    private const string Zone = "Leiranger";

    [Fact]
    public async Task The_care_worker_with_a_visit_reads_the_journal_a_colleague_without_one_gets_403_and_the_read_is_in_the_access_log()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        using var planner = await fixture.ClientForAsync("Planner");
        var today = Oslo.Today;

        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Ragnhild Leiranger", new DateOnly(1935, 4, 3), Zone,
            new CareSteps.Home("Leirangveien 20", "8294", "Leiranger", 67.80, 14.98));
        await CareSteps.GrantDailyDecisionAsync(caseWorker, recipient.Id, today, "personal_care", 30, new TimeOnly(8, 0), new TimeOnly(15, 0));
        await CareSteps.KnownToSchedulingAsync(planner, recipient.Id);
        await CareSteps.VisitsAsync(planner, recipient.Id, today, today, visits => visits.Count == 1, "DecisionGranted becoming today's visit in Scheduling");

        // Today's visit goes to the one care worker on shift; the colleague is in the same zone but not rostered.
        var visiting = await CareSteps.RegisterStaffAsync(planner, "Vilde Visittsen", Zone, "healthWorker", 67.80, 14.98);
        var colleague = await CareSteps.RegisterStaffAsync(planner, "Kåre Kollega", Zone, "healthWorker", 67.80, 14.98);
        await CareSteps.RosterAsync(planner, visiting.Id, today, "day");
        await CareSteps.PlanAndPublishAsync(planner, Zone, today);
        var visit = Assert.Single(await CareSteps.VisitsNowAsync(planner, recipient.Id, today, today));
        Assert.Equal(new[] { visiting.Id }, visit.StaffIds);

        // Once VisitScheduled has reached Documentation the visit is a care relation: the care worker writes and reads.
        using var careWorker = await fixture.ClientAsAsync("CareWorker", staffId: visiting.Id, subject: visiting.Name);
        var journal = $"/api/documentation/recipients/{recipient.Id}/journal";
        var note = await Eventually.ReturnsAsync(async () =>
        {
            using var written = await careWorker.PostAsJsonAsync(journal, new { category = "observation", text = "Spiste lite til frokost i dag.", sign = true });
            // 404 until the recipient, 403 until the visit, has reached Documentation.
            return written.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                ? null
                : await Expect.JsonAsync<JournalNote>(written, HttpStatusCode.Created, $"POST {journal}");
        }, CareSteps.EventTimeout, "the visit reaching Documentation as a care relation");
        using var read = await careWorker.GetAsync(journal);
        var page = await Expect.JsonAsync<JournalPage>(read, HttpStatusCode.OK, $"GET {journal} by the visiting care worker");
        Assert.Equal(note.Id, Assert.Single(page.Items).Id);

        using var otherCareWorker = await fixture.ClientAsAsync("CareWorker", staffId: colleague.Id, subject: colleague.Name);
        using var refused = await otherCareWorker.GetAsync(journal);
        await Expect.StatusAsync(refused, HttpStatusCode.Forbidden, $"GET {journal} by a colleague without a care relation");

        // The recipient reads who read their record: the visiting care worker's read, on the visit, and nobody else's.
        using var self = await fixture.ClientAsAsync("Recipient", recipientId: recipient.Id);
        using var logged = await self.GetAsync($"/api/documentation/recipients/{recipient.Id}/access-log");
        var log = await Expect.JsonAsync<List<AccessLogEntry>>(logged, HttpStatusCode.OK, "GET the recipient's own access log");
        var entry = Assert.Single(log, e => e.What == "journal");
        Assert.Equal((visiting.Id, visiting.Name, "CareWorker", "visit"), (entry.StaffId, entry.StaffName, entry.Role, entry.Basis));
        Assert.DoesNotContain(log, e => e.StaffId == colleague.Id);
    }

    private sealed record JournalNote(Guid Id, string Text, DateTimeOffset? SignedAt);

    private sealed record JournalPage(IReadOnlyList<JournalNote> Items, int Total);

    private sealed record AccessLogEntry(DateTimeOffset At, Guid StaffId, string StaffName, string Role, string What, string Basis);
}
