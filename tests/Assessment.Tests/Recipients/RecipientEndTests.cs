using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Api.Api.Recipients;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Recipients;

/// <summary>A recipient's end stops their decisions (DecisionTerminated, letters where due) and blocks new grants until reactivated.</summary>
public sealed class RecipientEndTests(ClockedHost host) : IClassFixture<ClockedHost>
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _caseWorker = host.Client(Roles.CaseWorker);

    private async Task<(Guid RecipientId, Guid DecisionId)> RecipientWithDecisionAsync()
    {
        host.Clock.SetNow(Monday);
        var recipientId = await Support.Recipients.RegisterAsync(_caseWorker);
        var granted = await GrantedAsync(_caseWorker, OneLine(recipientId, validFrom: "2027-01-01"));
        return (recipientId, granted.GetProperty("id").GetGuid());
    }

    private Task<HttpResponseMessage> EndAsync(Guid recipientId, object body) =>
        _caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{recipientId}/end", body);

    [Fact]
    public async Task A_recipient_who_moved_has_every_decision_terminated_on_the_last_day_with_DecisionTerminated_and_a_letter()
    {
        var (recipientId, decisionId) = await RecipientWithDecisionAsync();

        var response = await EndAsync(recipientId, new { reason = "moved", lastDay = "2027-03-05" });
        var ended = await response.Content.ReadFromJsonAsync<EndRecipientResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new TerminatedDecision(decisionId, ended!.TerminatedDecisions[0].Number, new DateOnly(2027, 3, 5)), Assert.Single(ended.TerminatedDecisions));
        Assert.Equal([decisionId], ended.LettersDue);
        var terminated = Assert.Single(await host.Events.WaitForAsync<DecisionTerminated>(e => e.DecisionId == decisionId));
        Assert.Equal(new DateOnly(2027, 3, 5), terminated.LastDay);
        var letter = await _caseWorker.GetStringAsync($"{Root}/{decisionId}/letter");
        Assert.Contains("Vedtak om opphør av hjemmetjenester", letter, StringComparison.Ordinal);
        Assert.Contains("Du har flyttet fra kommunen.", letter, StringComparison.Ordinal);
        var recipient = await _caseWorker.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{recipientId}");
        Assert.Equal("ended", recipient.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_recipient_who_died_has_their_decisions_ended_without_a_letter_due()
    {
        var (recipientId, decisionId) = await RecipientWithDecisionAsync();

        var ended = await (await EndAsync(recipientId, new { reason = "died", lastDay = "2027-02-27" })).Content.ReadFromJsonAsync<EndRecipientResponse>();

        Assert.Empty(ended!.LettersDue);
        Assert.Single(await host.Events.WaitForAsync<DecisionTerminated>(e => e.DecisionId == decisionId && e.LastDay == new DateOnly(2027, 2, 27)));
    }

    [Theory]
    [InlineData("holiday")]
    [InlineData("moved,longTermCare")]
    [InlineData("3")]
    public async Task An_unknown_reason_is_refused_with_the_allowed_values(string unknown)
    {
        var (recipientId, _) = await RecipientWithDecisionAsync();

        var response = await EndAsync(recipientId, new { reason = unknown, lastDay = "2027-03-05" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("must be one of: died, moved, longTermCare, noLongerNeeds",
            (await Support.Recipients.ErrorsAsync(response)).GetProperty("reason")[0].GetString());
    }

    [Fact]
    public async Task No_longer_needing_services_without_a_notice_is_unprocessable_and_ends_nothing()
    {
        var (recipientId, decisionId) = await RecipientWithDecisionAsync();

        var response = await EndAsync(recipientId, new { reason = "noLongerNeeds", lastDay = "2027-03-05" });
        var decision = await _caseWorker.GetFromJsonAsync<JsonElement>($"{Root}/{decisionId}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("granted", decision.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Granting_for_an_ended_recipient_is_a_conflict_until_they_are_reactivated()
    {
        var (recipientId, _) = await RecipientWithDecisionAsync();
        await EndAsync(recipientId, new { reason = "longTermCare", lastDay = "2027-03-05" });
        var draftId = (await DraftAsync(_caseWorker, OneLine(recipientId, serviceCode: "shower", validFrom: "2027-04-01"))).GetProperty("id").GetGuid();

        var refused = await _caseWorker.PostAsync($"{Root}/{draftId}/grant", null);
        await _caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{recipientId}/status", new { status = "applicant" });
        var granted = await _caseWorker.PostAsync($"{Root}/{draftId}/grant", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("recipientId", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }
}
