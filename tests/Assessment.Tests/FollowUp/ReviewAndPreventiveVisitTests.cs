using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.FollowUp;

public sealed class ReviewAndPreventiveVisitTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task The_review_list_has_expiring_decisions_and_recipients_without_a_recent_assessment()
    {
        var caseWorker = host.Client(Roles.CaseWorker, municipality: "0301");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expiring = await Support.Recipients.RegisterAsync(caseWorker, "Gamle Oslo sør");
        var stale = await Support.Recipients.RegisterAsync(caseWorker, "Gamle Oslo sør");
        var fresh = await Support.Recipients.RegisterAsync(caseWorker, "Gamle Oslo sør");
        var expiringDecision = await GrantedAsync(caseWorker, OneLine(expiring, validFrom: today.AddDays(-100).ToString("yyyy-MM-dd"), validTo: today.AddDays(10).ToString("yyyy-MM-dd")));
        await GrantedAsync(caseWorker, OneLine(stale, validFrom: today.AddDays(-400).ToString("yyyy-MM-dd")));
        await GrantedAsync(caseWorker, OneLine(fresh, validFrom: today.AddDays(-30).ToString("yyyy-MM-dd")));
        foreach (var (who, when) in new[] { (expiring, today.AddDays(-20)), (stale, today.AddMonths(-13)), (fresh, today.AddDays(-25)) })
        {
            var scored = await caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{who}/assessments", new { assessedOn = when.ToString("yyyy-MM-dd"), scores = new[] { new { code = "hygiene", score = 3 } } });
            Assert.Equal(HttpStatusCode.Created, scored.StatusCode);
        }

        var reviews = await host.Client(Roles.UnitLeader, municipality: "0301").GetFromJsonAsync<JsonElement>("/api/assessment/follow-up/reviews");

        var items = reviews.EnumerateArray().Select(i => (i.GetProperty("recipientId").GetGuid(), i.GetProperty("reason").GetString())).ToList();
        Assert.Contains((expiring, "expiring"), items);
        Assert.Contains((stale, "assessmentOlderThan12Months"), items);
        Assert.DoesNotContain(items, i => i.Item1 == fresh);
        Assert.Equal(expiringDecision.GetProperty("id").GetGuid(), reviews.EnumerateArray().First(i => i.GetProperty("reason").GetString() == "expiring").GetProperty("decisionId").GetGuid());
    }

    [Fact]
    public async Task Preventive_visits_list_older_residents_without_services_with_their_visit_status()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var old = await RegisterAsync(caseWorker, "1938-05-17");
        var young = await RegisterAsync(caseWorker, "1970-05-17");
        var served = await RegisterAsync(caseWorker, "1935-05-17");
        await GrantedAsync(caseWorker, OneLine(served, validFrom: "2026-01-01"));

        var recorded = await caseWorker.PutAsJsonAsync($"/api/assessment/recipients/{old}/preventive-visit", new { status = "completed", visitDate = "2026-11-30", outcome = "Fall risk: offered a safety alarm" });
        var missingDate = await caseWorker.PutAsJsonAsync($"/api/assessment/recipients/{old}/preventive-visit", new { status = "planned" });
        var list = await host.Client(Roles.Planner).GetFromJsonAsync<JsonElement>("/api/assessment/follow-up/preventive-visits?minAge=80");

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingDate.StatusCode);
        var ids = list.EnumerateArray().Select(c => c.GetProperty("recipientId").GetGuid()).ToList();
        Assert.Contains(old, ids);
        Assert.DoesNotContain(young, ids);
        Assert.DoesNotContain(served, ids);
        var entry = list.EnumerateArray().Single(c => c.GetProperty("recipientId").GetGuid() == old);
        Assert.Equal(("completed", "Fall risk: offered a safety alarm"), (entry.GetProperty("status").GetString(), entry.GetProperty("outcome").GetString()));
    }

    private static async Task<Guid> RegisterAsync(HttpClient caseWorker, string birthDate)
    {
        var digits = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture);
        var response = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Support.Recipients.Registration(Support.Recipients.NextNorwegianId(digits), birthDate: birthDate));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
