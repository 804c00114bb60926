using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Api.Messaging;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

public sealed class DecisionsApiTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private HttpClient CaseWorker => host.Client(Roles.CaseWorker, subject: "saksbehandler-1");

    [Fact]
    public async Task Granting_a_decision_publishes_DecisionGranted_once_with_its_lines_and_hours_and_makes_the_applicant_active()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);

        var granted = await GrantedAsync(CaseWorker, FiveLines(recipientId));

        Assert.Equal("granted", granted.GetProperty("status").GetString());
        Assert.Equal(8.75m, granted.GetProperty("hoursPerWeek").GetDecimal());
        Assert.Equal(9.5m, granted.GetProperty("staffHoursPerWeek").GetDecimal());
        Assert.Matches(@"^1848-\d{4}-\d{5}$", granted.GetProperty("number").GetString());
        var decisionId = granted.GetProperty("id").GetGuid();
        var published = Assert.Single(await host.Events.WaitForAsync<DecisionGranted>(e => e.Decision.DecisionId == decisionId));
        Assert.Equal(recipientId, published.Decision.RecipientId);
        Assert.Equal(8.75m, published.Decision.HoursPerWeek);
        Assert.Equal(5, published.Decision.Lines.Count);
        var medication = published.Decision.Lines.Single(l => l.ServiceCode == "medication");
        Assert.Equal(("timesPerDay", 3, 21m, "nurse"), (medication.Frequency, medication.TimesPerDay, medication.VisitsPerWeek, medication.Competence));
        Assert.Equal(new TimeOnly(12, 0), medication.TimeWindows[1].Start);
        var cleaning = published.Decision.Lines.Single(l => l.ServiceCode == "cleaning");
        Assert.Equal(("everyNWeeks", 2, true, "homeHelper"), (cleaning.Frequency, cleaning.IntervalWeeks, cleaning.CoPayment, cleaning.Competence));
        Assert.True(published.Decision.Lines.Single(l => l.ServiceCode == "shower").DoubleStaffing);
        Assert.Equal(new TimeOnly(16, 0), published.Decision.Lines.Single(l => l.ServiceCode == "supervisory_visit").ExactTime);
        Assert.Equal("Anne Hansen", published.Decision.ContactPersonName);
        Assert.Single(host.Events.MessageIds<DecisionGranted>(), id => id == published.EventId);
        var activated = Assert.Single(await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == recipientId));
        Assert.Equal(("active", "status"), (activated.Status, Assert.Single(activated.Changes)));
    }

    [Fact]
    public async Task A_granted_decision_is_not_edited_in_place_409_create_a_new_version()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var granted = await GrantedAsync(CaseWorker, OneLine(recipientId));

        var edit = await CaseWorker.PutAsJsonAsync($"{Root}/{granted.GetProperty("id").GetGuid()}", OneLine(recipientId, minutes: 45));
        var grantAgain = await CaseWorker.PostAsync($"{Root}/{granted.GetProperty("id").GetGuid()}/grant", null);

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("create a new version", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, grantAgain.StatusCode);
    }

    [Fact]
    public async Task A_new_version_supersedes_the_old_one_from_its_date_and_publishes_DecisionChanged_once()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var first = await GrantedAsync(CaseWorker, OneLine(recipientId, validTo: "2027-12-31"));
        var firstId = first.GetProperty("id").GetGuid();

        var draft = await CaseWorker.PostAsJsonAsync($"{Root}/{firstId}/versions", OneLine(recipientId, minutes: 45, validFrom: "2027-04-01", validTo: "2027-12-31"));
        var secondDraft = await CaseWorker.PostAsJsonAsync($"{Root}/{firstId}/versions", OneLine(recipientId, minutes: 50, validFrom: "2027-05-01"));
        var secondId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var granted = await CaseWorker.PostAsync($"{Root}/{secondId}/grant", null);

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var old = await CaseWorker.GetFromJsonAsync<JsonElement>($"{Root}/{firstId}");
        Assert.Equal(("superseded", "2027-03-31"), (old.GetProperty("status").GetString(), old.GetProperty("endedOn").GetString()));
        var current = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, first.GetProperty("number").GetString()), (current.GetProperty("version").GetInt32(), current.GetProperty("number").GetString()));
        var changed = Assert.Single(await host.Events.WaitForAsync<DecisionChanged>(e => e.Current.DecisionId == secondId));
        Assert.Equal(new DateOnly(2027, 4, 1), changed.EffectiveFrom);
        Assert.Equal((firstId, new DateOnly(2027, 3, 31), 3.5m), (changed.Previous.DecisionId, changed.Previous.ValidTo!.Value, changed.Previous.HoursPerWeek));
        Assert.Equal(5.25m, changed.Current.HoursPerWeek);
        Assert.DoesNotContain(host.Events.Of<DecisionGranted>(), e => e.Decision.DecisionId == secondId);
        var versions = await CaseWorker.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{recipientId}/decisions");
        Assert.Equal(2, versions.GetArrayLength());
    }

    [Fact]
    public async Task Terminating_publishes_DecisionTerminated_once_with_the_last_day()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var granted = await GrantedAsync(CaseWorker, OneLine(recipientId));
        var id = granted.GetProperty("id").GetGuid();

        var terminated = await CaseWorker.PostAsJsonAsync($"{Root}/{id}/terminate", new { lastDay = "2027-02-28", reason = "Moved to a nursing home", noticeWaivedReason = "The recipient moved to a nursing home" });
        var again = await CaseWorker.PostAsJsonAsync($"{Root}/{id}/terminate", new { lastDay = "2027-02-28", reason = "again" });

        Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var published = Assert.Single(await host.Events.WaitForAsync<DecisionTerminated>(e => e.DecisionId == id));
        Assert.Equal((new DateOnly(2027, 2, 28), "Moved to a nursing home", recipientId), (published.LastDay, published.Reason, published.RecipientId));
    }

    [Fact]
    public async Task A_decisions_events_carry_its_numbers_version_one_more_with_each_announced_change()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var first = await GrantedAsync(CaseWorker, OneLine(recipientId, validTo: "2027-12-31"));
        var firstId = first.GetProperty("id").GetGuid();
        var draft = await CaseWorker.PostAsJsonAsync($"{Root}/{firstId}/versions", OneLine(recipientId, minutes: 45, validFrom: "2027-04-01", validTo: "2027-12-31"));
        var secondId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await CaseWorker.PostAsync($"{Root}/{secondId}/grant", null)).StatusCode);

        var terminated = await CaseWorker.PostAsJsonAsync($"{Root}/{secondId}/terminate", new { lastDay = "2027-06-30", reason = "Moved", noticeWaivedReason = "The recipient moved away" });

        Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);
        Assert.Equal(1, Assert.Single(await host.Events.WaitForAsync<DecisionGranted>(e => e.Decision.DecisionId == firstId)).AggregateVersion);
        Assert.Equal(2, Assert.Single(await host.Events.WaitForAsync<DecisionChanged>(e => e.Current.DecisionId == secondId)).AggregateVersion);
        Assert.Equal(3, Assert.Single(await host.Events.WaitForAsync<DecisionTerminated>(e => e.DecisionId == secondId)).AggregateVersion);
    }

    [Fact]
    public async Task Two_terminations_at_once_end_the_decision_once_and_the_other_is_409()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var id = (await GrantedAsync(CaseWorker, OneLine(recipientId))).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => host.Client(Roles.CaseWorker, subject: $"saksbehandler-{i}")
            .PostAsJsonAsync($"{Root}/{id}/terminate", new { lastDay = "2027-02-28", reason = $"Ended {i}", noticeWaivedReason = "The recipient moved away" })));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var published = Assert.Single(await host.Events.WaitForAsync<DecisionTerminated>(e => e.DecisionId == id));
        Assert.Equal(2, published.AggregateVersion);
    }

    [Fact]
    public async Task A_draft_is_rejected_with_a_reason_and_nothing_is_published()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var id = (await DraftAsync(CaseWorker, OneLine(recipientId))).GetProperty("id").GetGuid();

        var noReason = await CaseWorker.PostAsJsonAsync($"{Root}/{id}/reject", new { reason = " " });
        var rejected = await CaseWorker.PostAsJsonAsync($"{Root}/{id}/reject", new { reason = "Needs are met by the family" });
        var grant = await CaseWorker.PostAsync($"{Root}/{id}/grant", null);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var body = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rejected", body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, grant.StatusCode);
        var number = body.GetProperty("number").GetString();
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.AggregateId == number)));
    }

    [Fact]
    public async Task Bad_lines_are_each_named_with_their_rule_and_nothing_is_written()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var decisionsBefore = await host.WithDbAsync(db => db.Decisions.CountAsync());

        var response = await CaseWorker.PostAsJsonAsync(Root, new
        {
            recipientId,
            validFrom = "2027-03-01",
            validTo = "2027-02-01",
            lines = new object[]
            {
                new { serviceCode = "personal_care", minutesPerVisit = 0, frequency = new { kind = "daily" } },
                new { serviceCode = "medication", minutesPerVisit = 500, frequency = new { kind = "timesPerDay", timesPerDay = 3 } },
                new { serviceCode = "massage", minutesPerVisit = 30, frequency = new { kind = "daily" } },
                new { serviceCode = "shower", minutesPerVisit = 30, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "10:00", end = "08:00" } } },
                new { serviceCode = "cleaning", minutesPerVisit = 30, frequency = new { kind = "weekdays" } },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(response);
        Assert.Equal("must not be before validFrom", errors.GetProperty("validTo")[0].GetString());
        Assert.Equal("is required and must be more than 0", errors.GetProperty("lines[0].minutesPerVisit")[0].GetString());
        Assert.Equal("3 visits of 500 minutes exceed 24 hours per day", errors.GetProperty("lines[1].minutesPerVisit")[0].GetString());
        Assert.StartsWith("unknown service type 'massage'", errors.GetProperty("lines[2].serviceCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("must be after start", errors.GetProperty("lines[3].timeWindows[0].end")[0].GetString());
        Assert.Equal("at least one weekday is required", errors.GetProperty("lines[4].frequency.weekdays")[0].GetString());
        Assert.Equal(decisionsBefore, await host.WithDbAsync(db => db.Decisions.CountAsync()));
    }

    [Fact]
    public async Task Overlapping_lines_of_one_service_are_refused_within_a_decision_and_across_granted_decisions()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var within = await CaseWorker.PostAsJsonAsync(Root, new
        {
            recipientId,
            validFrom = "2027-01-01",
            lines = new object[]
            {
                new { serviceCode = "personal_care", minutesPerVisit = 30, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "07:00", end = "10:00" } } },
                new { serviceCode = "personal_care", minutesPerVisit = 20, frequency = new { kind = "weekdays", weekdays = new[] { "monday" } }, exactTime = "09:00" },
            },
        });
        await GrantedAsync(CaseWorker, OneLine(recipientId, validTo: "2027-12-31"));
        var other = (await DraftAsync(CaseWorker, OneLine(recipientId, validFrom: "2027-06-01"))).GetProperty("id").GetGuid();

        var across = await CaseWorker.PostAsync($"{Root}/{other}/grant", null);

        Assert.Equal(HttpStatusCode.BadRequest, within.StatusCode);
        Assert.StartsWith("overlaps lines[0]", (await Support.Recipients.ErrorsAsync(within)).GetProperty("lines[1].serviceCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, across.StatusCode);
        Assert.Equal("lines[0].serviceCode", (await across.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal("draft", (await CaseWorker.GetFromJsonAsync<JsonElement>($"{Root}/{other}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DecisionExpiring_is_announced_once_thirty_days_before_valid_to_however_often_the_job_runs()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var soon = await GrantedAsync(CaseWorker, OneLine(recipientId, "shower", validFrom: today.AddDays(-60).ToString("yyyy-MM-dd"), validTo: today.AddDays(20).ToString("yyyy-MM-dd")));
        var later = await GrantedAsync(CaseWorker, OneLine(recipientId, "cleaning", validFrom: today.AddDays(-60).ToString("yyyy-MM-dd"), validTo: today.AddDays(90).ToString("yyyy-MM-dd")));
        var job = host.Factory.Services.GetRequiredService<DecisionExpiryJob>();

        await Task.WhenAll(job.RunOnceAsync(CancellationToken.None), job.RunOnceAsync(CancellationToken.None));
        await job.RunOnceAsync(CancellationToken.None);

        var soonId = soon.GetProperty("id").GetGuid();
        var expiring = Assert.Single(await host.Events.WaitForAsync<DecisionExpiring>(e => e.RecipientId == recipientId));
        Assert.Equal((soonId, today.AddDays(20)), (expiring.DecisionId, expiring.ValidTo));
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.MessageType.Contains("decision-expiring") && m.AggregateId == soon.GetProperty("number").GetString())));
        Assert.Null(await host.WithDbAsync(db => db.Decisions.Where(d => d.Id == later.GetProperty("id").GetGuid()).Select(d => d.ExpiringAnnouncedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_granted_decision_whose_valid_to_has_passed_expires()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var past = await GrantedAsync(CaseWorker, OneLine(recipientId, "laundry", validFrom: today.AddDays(-90).ToString("yyyy-MM-dd"), validTo: today.AddDays(-2).ToString("yyyy-MM-dd")));

        await host.Factory.Services.GetRequiredService<DecisionExpiryJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(DecisionStatus.Expired, await host.WithDbAsync(db => db.Decisions.Where(d => d.Id == past.GetProperty("id").GetGuid()).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_catalogue_is_seeded_from_DOMAIN_md_with_four_languages_and_defaults()
    {
        var catalogue = await host.Client(Roles.Planner).GetFromJsonAsync<JsonElement>("/api/assessment/catalogue");

        var cleaning = catalogue.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "cleaning");
        Assert.Equal(("Rengjøring", "Städning", "Rengøring", "Cleaning"), (cleaning.GetProperty("nameNb").GetString(), cleaning.GetProperty("nameSv").GetString(),
            cleaning.GetProperty("nameDa").GetString(), cleaning.GetProperty("nameEn").GetString()));
        Assert.Equal(("homeHelper", true, "practicalAssistance"), (cleaning.GetProperty("defaultCompetence").GetString(), cleaning.GetProperty("coPayment").GetBoolean(), cleaning.GetProperty("kind").GetString()));
        Assert.Equal(15, catalogue.GetArrayLength());
    }
}
