using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareServices.Assessment.Api.Api.Appeals;
using CareServices.Assessment.Domain.Appeals;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Appeals;

/// <summary>The appeal lifecycle through the API against real servers, with the clock set to the decision's day.</summary>
public sealed class AppealsApiTests(ClockedHost host) : IClassFixture<ClockedHost>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    /// <summary>Monday 1 March 2027, 10:00 in Norway.</summary>
    private static readonly DateTimeOffset DecisionDay = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _caseWorker = host.Client(Roles.CaseWorker);

    private async Task<(Guid RecipientId, Guid DecisionId)> GrantedOnDecisionDayAsync()
    {
        host.Clock.SetNow(DecisionDay);
        var recipientId = await Support.Recipients.RegisterAsync(_caseWorker);
        var granted = await GrantedAsync(_caseWorker, OneLine(recipientId, serviceCode: "personal_care", validFrom: "2027-03-01"));
        return (recipientId, granted.GetProperty("id").GetGuid());
    }

    private async Task<AppealResponse> AppealAsync(Guid decisionId, string receivedOn)
    {
        var response = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/appeals", new { receivedOn, grounds = "I cannot shower alone" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>(Json))!;
    }

    private async Task<HttpResponseMessage> ReconsiderAsync(Guid appealId, object body) =>
        await _caseWorker.PostAsJsonAsync($"/api/assessment/appeals/{appealId}/reconsideration", body);

    [Fact]
    public async Task A_registered_appeal_gets_the_four_week_deadline_from_the_decision_day_and_DecisionAppealed_is_published()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        host.Clock.SetNow(DecisionDay.AddDays(9));

        var appeal = await AppealAsync(decisionId, "2027-03-10");

        // Four weeks end on 29 March, Easter Monday, so the deadline is the Tuesday.
        Assert.Equal((new DateOnly(2027, 3, 30), false, "Statsforvalteren", AppealStatus.Registered), (appeal.Deadline, appeal.Late, appeal.AppealBody, appeal.Status));
        var published = Assert.Single(await host.Events.WaitForAsync<DecisionAppealed>(e => e.AppealId == appeal.Id));
        Assert.Equal((decisionId, new DateOnly(2027, 3, 30), false), (published.DecisionId, published.Deadline, published.Late));
    }

    [Fact]
    public async Task An_appeal_after_the_deadline_is_registered_and_flagged_late()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        host.Clock.SetNow(DecisionDay.AddDays(45));

        var appeal = await AppealAsync(decisionId, "2027-04-12");

        Assert.True(appeal.Late);
        Assert.Equal(new DateOnly(2027, 3, 30), appeal.Deadline);
    }

    [Fact]
    public async Task An_appeal_received_in_the_future_is_refused_naming_receivedOn()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();

        var response = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/appeals", new { receivedOn = "2027-05-01", grounds = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("receivedOn", out _));
    }

    [Fact]
    public async Task An_appeal_against_another_municipalitys_decision_is_not_found()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();

        var response = await host.Client(Roles.CaseWorker, municipality: "0301")
            .PostAsJsonAsync($"{Root}/{decisionId}/appeals", new { receivedOn = "2027-03-01", grounds = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reversing_in_full_with_a_new_version_concludes_the_appeal_and_publishes_AppealDecided_by_the_municipality()
    {
        var (recipientId, decisionId) = await GrantedOnDecisionDayAsync();
        host.Clock.SetNow(DecisionDay.AddDays(10));
        var appeal = await AppealAsync(decisionId, "2027-03-10");
        var version = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/versions", OneLine(recipientId, serviceCode: "personal_care", minutes: 45, validFrom: "2027-03-15"));
        var newVersionId = (await version.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await _caseWorker.PostAsync($"{Root}/{newVersionId}/grant", null)).StatusCode);

        var response = await ReconsiderAsync(appeal.Id, new { outcome = "reversedInFull", newDecisionId = newVersionId, note = "45 minutes granted" });
        var reconsidered = await response.Content.ReadFromJsonAsync<AppealResponse>(Json);

        Assert.Equal((AppealStatus.Decided, AppealOutcome.ReversedInFull, newVersionId), (reconsidered!.Status, reconsidered.Outcome!.Value, reconsidered.NewDecisionId!.Value));
        var decided = Assert.Single(await host.Events.WaitForAsync<AppealDecided>(e => e.AppealId == appeal.Id));
        Assert.Equal(("municipality", "reversedInFull", newVersionId), (decided.DecidedBy, decided.Outcome, decided.NewDecisionId!.Value));
        Assert.Contains("Dette vedtaket erstatter versjon 1", await _caseWorker.GetStringAsync($"{Root}/{newVersionId}/letter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversal_must_name_a_decision_of_the_same_recipient()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        var (_, otherRecipientsDecision) = await GrantedOnDecisionDayAsync();
        var appeal = await AppealAsync(decisionId, "2027-03-01");

        var response = await ReconsiderAsync(appeal.Id, new { outcome = "reversedInPart", newDecisionId = otherRecipientsDecision });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("newDecisionId", out _));
    }

    [Fact]
    public async Task Upholding_forwards_the_appeal_with_a_forwarding_letter_and_the_appeal_bodys_outcome_closes_it()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        host.Clock.SetNow(DecisionDay.AddDays(12));
        var appeal = await AppealAsync(decisionId, "2027-03-12");

        Assert.Equal(HttpStatusCode.OK, (await ReconsiderAsync(appeal.Id, new { outcome = "upheld", note = "The needs are met by <the current help>" })).StatusCode);
        var letter = await _caseWorker.GetStringAsync($"/api/assessment/appeals/{appeal.Id}/forwarding-letter?language=nn");
        var outcome = await _caseWorker.PostAsJsonAsync($"/api/assessment/appeals/{appeal.Id}/outcome", new { outcome = "upheld", decidedOn = "2027-03-13" });

        Assert.Contains("Klaga di er send til Statsforvalteren", letter, StringComparison.Ordinal);
        Assert.Contains("13.03.2027", letter, StringComparison.Ordinal);
        Assert.Contains("The needs are met by &lt;the current help&gt;", letter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        var decided = Assert.Single(await host.Events.WaitForAsync<AppealDecided>(e => e.AppealId == appeal.Id));
        Assert.Equal(("appealBody", "upheld"), (decided.DecidedBy, decided.Outcome));
    }

    [Fact]
    public async Task The_appeal_bodys_outcome_before_forwarding_is_a_conflict_and_has_no_forwarding_letter()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        var appeal = await AppealAsync(decisionId, "2027-03-01");

        var outcome = await _caseWorker.PostAsJsonAsync($"/api/assessment/appeals/{appeal.Id}/outcome", new { outcome = "upheld", decidedOn = "2027-03-01" });
        var letter = await _caseWorker.GetAsync($"/api/assessment/appeals/{appeal.Id}/forwarding-letter");

        Assert.Equal(HttpStatusCode.Conflict, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, letter.StatusCode);
    }

    [Fact]
    public async Task An_unknown_outcome_is_refused_with_the_allowed_values()
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        var appeal = await AppealAsync(decisionId, "2027-03-01");

        var response = await ReconsiderAsync(appeal.Id, new { outcome = "maybe" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reversedInFull, reversedInPart, upheld", (await Support.Recipients.ErrorsAsync(response)).GetProperty("outcome")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reversedInFull", false)]
    [InlineData("reversedInPart", false)]
    [InlineData("upheld", true)]
    public async Task A_reversal_without_its_new_decision_or_an_upholding_with_one_is_refused_naming_newDecisionId(string outcome, bool withNewDecision)
    {
        var (_, decisionId) = await GrantedOnDecisionDayAsync();
        var appeal = await AppealAsync(decisionId, "2027-03-01");

        var response = await ReconsiderAsync(appeal.Id, new { outcome, newDecisionId = withNewDecision ? decisionId : (Guid?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("newDecisionId", out _));
        Assert.Equal(AppealStatus.Registered, (await _caseWorker.GetFromJsonAsync<AppealResponse>($"/api/assessment/appeals/{appeal.Id}", Json))!.Status);
    }

    [Fact]
    public async Task The_open_appeals_list_holds_the_municipalitys_undecided_appeals_with_their_deadlines()
    {
        var (_, open) = await GrantedOnDecisionDayAsync();
        var (_, closed) = await GrantedOnDecisionDayAsync();
        var openAppeal = await AppealAsync(open, "2027-03-01");
        var closedAppeal = await AppealAsync(closed, "2027-03-01");
        await ReconsiderAsync(closedAppeal.Id, new { outcome = "upheld" });
        await _caseWorker.PostAsJsonAsync($"/api/assessment/appeals/{closedAppeal.Id}/outcome", new { outcome = "dismissed", decidedOn = "2027-03-01" });

        var list = await host.Client(Roles.UnitLeader).GetFromJsonAsync<List<OpenAppealSummary>>("/api/assessment/appeals", Json);
        var oslo = await host.Client(Roles.UnitLeader, municipality: "0301").GetFromJsonAsync<List<OpenAppealSummary>>("/api/assessment/appeals", Json);

        Assert.Contains(list!, a => a.Id == openAppeal.Id && a.Deadline == new DateOnly(2027, 3, 30));
        Assert.DoesNotContain(list!, a => a.Id == closedAppeal.Id);
        Assert.Empty(oslo!);
    }
}
