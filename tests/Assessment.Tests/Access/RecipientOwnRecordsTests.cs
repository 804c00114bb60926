using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Access;

/// <summary>A recipient (Recipient role, <c>recipient_id</c> claim) reads their own decided decisions and letters, nothing else.</summary>
public sealed class RecipientOwnRecordsTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task A_recipient_reads_their_own_decisions_and_letters_but_not_drafts_or_anyone_elses()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var me = await Support.Recipients.RegisterAsync(caseWorker, language: "en");
        var neighbour = await Support.Recipients.RegisterAsync(caseWorker);
        var mine = (await GrantedAsync(caseWorker, OneLine(me))).GetProperty("id").GetGuid();
        var myDraft = (await DraftAsync(caseWorker, OneLine(me, "cleaning"))).GetProperty("id").GetGuid();
        var theirs = (await GrantedAsync(caseWorker, OneLine(neighbour))).GetProperty("id").GetGuid();
        var citizen = host.RecipientClient(me);

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"{Root}/{mine}")).StatusCode);
        Assert.Contains("Decision on home-based care", await citizen.GetStringAsync($"{Root}/{mine}/letter"), StringComparison.Ordinal);
        var list = await citizen.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{me}/decisions");
        Assert.Equal([mine], list.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{Root}/{myDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{Root}/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{Root}/{theirs}/letter")).StatusCode);
        Assert.Empty((await citizen.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{neighbour}/decisions")).EnumerateArray());
    }

    [Fact]
    public async Task A_recipient_reads_no_recipient_record_intake_or_assessment_and_writes_nothing()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var me = await Support.Recipients.RegisterAsync(caseWorker);
        var draft = (await DraftAsync(caseWorker, OneLine(me))).GetProperty("id").GetGuid();
        var citizen = host.RecipientClient(me);

        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/assessment/recipients/{me}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/assessment/recipients/{me}/intakes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/assessment/recipients/{me}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsync($"{Root}/{draft}/grant", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/assessment/recipients")).StatusCode);
    }

    [Fact]
    public async Task A_recipient_token_without_the_recipient_id_claim_reads_nothing()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var me = await Support.Recipients.RegisterAsync(caseWorker);
        var mine = (await GrantedAsync(caseWorker, OneLine(me))).GetProperty("id").GetGuid();

        var response = await host.Client(Roles.Recipient).GetAsync($"{Root}/{mine}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_recipient_of_another_municipality_does_not_see_the_decision_even_with_the_same_id_claim()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var me = await Support.Recipients.RegisterAsync(caseWorker);
        var mine = (await GrantedAsync(caseWorker, OneLine(me))).GetProperty("id").GetGuid();

        var response = await host.RecipientClient(me, municipality: "0301").GetAsync($"{Root}/{mine}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
