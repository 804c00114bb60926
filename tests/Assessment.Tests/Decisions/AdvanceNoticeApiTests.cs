using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

/// <summary>Advance notice before terminating or reducing, with the clock set to Monday 1 March 2027.</summary>
public sealed class AdvanceNoticeApiTests(ClockedHost host) : IClassFixture<ClockedHost>
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _caseWorker = host.Client(Roles.CaseWorker);

    private async Task<(Guid RecipientId, Guid DecisionId)> GrantedAsync(int minutes = 30)
    {
        host.Clock.SetNow(Monday);
        var recipientId = await Support.Recipients.RegisterAsync(_caseWorker);
        var granted = await DecisionRequests.GrantedAsync(_caseWorker, OneLine(recipientId, minutes: minutes, validFrom: "2027-01-01"));
        return (recipientId, granted.GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> NoticeAsync(Guid decisionId, string kind, string intendedDate)
    {
        var response = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/notices", new { kind, intendedDate, reason = "Your needs have changed after rehabilitation" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> FieldAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString()!;

    [Fact]
    public async Task A_notice_gives_two_weeks_for_comments_by_default_and_its_letter_says_until_when()
    {
        var (_, decisionId) = await GrantedAsync();

        var notice = await NoticeAsync(decisionId, "termination", "2027-03-31");
        var letter = await _caseWorker.GetStringAsync($"/api/assessment/notices/{notice.GetProperty("id").GetGuid()}/letter");

        Assert.Equal("2027-03-15", notice.GetProperty("commentsDeadline").GetString());
        Assert.Contains("Forhåndsvarsel", letter, StringComparison.Ordinal);
        Assert.Contains("Fristen for å uttale deg er 15.03.2027", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_deadline_that_falls_on_Good_Friday_moves_past_Easter_to_the_next_open_day()
    {
        var (_, decisionId) = await GrantedAsync();
        host.Clock.SetNow(new DateTimeOffset(2027, 3, 12, 9, 0, 0, TimeSpan.Zero));

        var notice = await NoticeAsync(decisionId, "reduction", "2027-04-15");

        Assert.Equal("2027-03-30", notice.GetProperty("commentsDeadline").GetString());
    }

    [Fact]
    public async Task Terminating_without_notice_or_a_reason_is_unprocessable_naming_noticeWaivedReason()
    {
        var (_, decisionId) = await GrantedAsync();

        var response = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/terminate", new { lastDay = "2027-03-31", reason = "needs met" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("noticeWaivedReason", await FieldAsync(response));
    }

    [Fact]
    public async Task A_termination_before_the_notice_deadline_is_unprocessable_naming_lastDay_and_on_the_deadline_it_is_granted()
    {
        var (_, decisionId) = await GrantedAsync();
        await NoticeAsync(decisionId, "termination", "2027-03-31");

        var early = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/terminate", new { lastDay = "2027-03-14", reason = "needs met" });
        var onTime = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/terminate", new { lastDay = "2027-03-15", reason = "needs met" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("lastDay", await FieldAsync(early));
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
    }

    [Fact]
    public async Task A_recorded_reason_lets_a_termination_take_effect_at_once_and_is_kept_with_the_notices()
    {
        var (_, decisionId) = await GrantedAsync();

        var response = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/terminate",
            new { lastDay = "2027-03-01", reason = "asked to stop", noticeWaivedReason = "The recipient asked in writing to stop the services" });
        var notices = await _caseWorker.GetFromJsonAsync<JsonElement>($"{Root}/{decisionId}/notices");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Assert.Single(notices.EnumerateArray()).GetProperty("waived").GetBoolean());
    }

    [Fact]
    public async Task Granting_a_reduced_version_needs_a_notice_whose_deadline_has_passed_by_its_first_day()
    {
        var (recipientId, decisionId) = await GrantedAsync(minutes: 30);
        var draft = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/versions", OneLine(recipientId, minutes: 15, validFrom: "2027-03-10"));
        var versionId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var withoutNotice = await _caseWorker.PostAsync($"{Root}/{versionId}/grant", null);
        await NoticeAsync(decisionId, "reduction", "2027-03-20");
        var tooSoon = await _caseWorker.PostAsync($"{Root}/{versionId}/grant", null);
        var withReason = await _caseWorker.PostAsJsonAsync($"{Root}/{versionId}/grant", new { noticeWaivedReason = "The recipient applied for less help" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "noticeWaivedReason"), (withoutNotice.StatusCode, await FieldAsync(withoutNotice)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validFrom"), (tooSoon.StatusCode, await FieldAsync(tooSoon)));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
    }

    [Fact]
    public async Task Granting_more_help_needs_no_notice()
    {
        var (recipientId, decisionId) = await GrantedAsync(minutes: 30);
        var draft = await _caseWorker.PostAsJsonAsync($"{Root}/{decisionId}/versions", OneLine(recipientId, minutes: 45, validFrom: "2027-03-02"));
        var versionId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await _caseWorker.PostAsync($"{Root}/{versionId}/grant", null)).StatusCode);
    }
}
