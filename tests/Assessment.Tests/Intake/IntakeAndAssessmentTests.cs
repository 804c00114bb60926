using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Domain.Assessments;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Intake;

public sealed class IntakeAndAssessmentTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private HttpClient CaseWorker => host.Client(Roles.CaseWorker, subject: "saksbehandler-2");

    private static string Base(Guid recipientId) => $"/api/assessment/recipients/{recipientId}";

    [Fact]
    public async Task An_intake_conversation_records_who_took_part_and_the_three_answers_and_reading_it_is_journaled()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);

        var recorded = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/intakes", new
        {
            heldOn = "2026-11-20",
            participants = new[] { "the recipient", "daughter Siri", "case worker" },
            whatMatters = "Going to the choir on Wednesdays",
            managesSelf = "Breakfast and dressing the upper body",
            whoIsAround = "Daughter in Bodø, neighbour Per",
        });
        var incomplete = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/intakes", new { heldOn = "2026-11-20", participants = new[] { "x" }, whatMatters = "" });
        var intakes = await CaseWorker.GetFromJsonAsync<JsonElement>($"{Base(recipientId)}/intakes");

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(incomplete);
        Assert.True(errors.TryGetProperty("whatMatters", out _) && errors.TryGetProperty("managesSelf", out _) && errors.TryGetProperty("whoIsAround", out _));
        Assert.Equal("Going to the choir on Wednesdays", intakes[0].GetProperty("whatMatters").GetString());
        Assert.Equal(3, intakes[0].GetProperty("participants").GetArrayLength());
        Assert.Equal(1, await host.WithDbAsync(db => db.AccessRecords.CountAsync(r => r.RecipientId == recipientId && r.What == "intake" && r.Subject == "saksbehandler-2")));
    }

    [Fact]
    public async Task Goals_and_sub_goals_link_to_the_recipients_own_service_lines_only()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var otherRecipient = await Support.Recipients.RegisterAsync(CaseWorker);
        var decision = await GrantedAsync(CaseWorker, FiveLines(recipientId));
        var foreign = await GrantedAsync(CaseWorker, OneLine(otherRecipient));
        var showerLine = decision.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("serviceCode").GetString() == "shower").GetProperty("id").GetGuid();
        var foreignLine = foreign.GetProperty("lines")[0].GetProperty("id").GetGuid();

        var goal = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/goals", new { description = "Shower on her own by summer", targetDate = "2027-06-01", serviceLineIds = new[] { showerLine } });
        var goalId = (await goal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var subGoal = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/goals", new { description = "Step into the shower with the rail", parentGoalId = goalId });
        var wrongLine = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/goals", new { description = "x", serviceLineIds = new[] { showerLine, foreignLine } });
        var achieved = await CaseWorker.PutAsJsonAsync($"{Base(recipientId)}/goals/{goalId}", new { description = "Shower on her own by summer", status = "achieved" });

        Assert.Equal(HttpStatusCode.Created, goal.StatusCode);
        Assert.Equal(goalId, (await subGoal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parentGoalId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, wrongLine.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(wrongLine)).TryGetProperty("serviceLineIds[1]", out _));
        var changed = await achieved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("achieved", changed.GetProperty("status").GetString());
        Assert.Equal(showerLine, changed.GetProperty("serviceLineIds")[0].GetGuid());
    }

    [Fact]
    public async Task Two_assessments_compare_score_by_score_lower_is_better()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var first = await RecordAsync(recipientId, "2026-01-10", ("hygiene", 4), ("mobility_outdoors", 3), ("memory", 2), ("vision", 9));
        var second = await RecordAsync(recipientId, "2026-11-10", ("hygiene", 2), ("mobility_outdoors", 4), ("memory", 2), ("vision", 2), ("cooking", 3));

        var comparison = await CaseWorker.GetFromJsonAsync<JsonElement>($"{Base(recipientId)}/assessments/compare?from={first}&to={second}");
        var history = await CaseWorker.GetFromJsonAsync<JsonElement>($"{Base(recipientId)}/assessments");

        Assert.Equal(["hygiene"], comparison.GetProperty("improved").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["mobility_outdoors"], comparison.GetProperty("declined").EnumerateArray().Select(c => c.GetString()));
        var rows = comparison.GetProperty("variables").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("change").GetString());
        Assert.Equal(("unchanged", "notComparable", "notComparable"), (rows["memory"], rows["vision"], rows["cooking"]));
        Assert.Equal(second, history[0].GetProperty("id").GetGuid());
        Assert.Equal(2, history.GetArrayLength());
    }

    [Fact]
    public async Task Scores_outside_a_variables_scale_and_unknown_variables_are_named()
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);

        var response = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/assessments", new
        {
            assessedOn = "2026-11-10",
            scores = new object[] { new { code = "hygiene", score = 6 }, new { code = "vision", score = 5 }, new { code = "juggling", score = 1 }, new { code = "eating", score = 9 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(response);
        Assert.Equal("must be 1–5, or 9 (not relevant)", errors.GetProperty("scores[0].score")[0].GetString());
        Assert.Equal("must be 1–4, or 9 (not relevant)", errors.GetProperty("scores[1].score")[0].GetString());
        Assert.True(errors.TryGetProperty("scores[2].code", out _));
        Assert.False(errors.TryGetProperty("scores[3].score", out _));
    }

    [Theory]
    [InlineData(Roles.Planner)]
    [InlineData(Roles.CareWorker)]
    [InlineData(Roles.Nurse)]
    public async Task Planners_and_care_staff_read_decisions_but_not_intake_goals_or_assessments(string role)
    {
        var recipientId = await Support.Recipients.RegisterAsync(CaseWorker);
        var decision = await GrantedAsync(CaseWorker, OneLine(recipientId));
        var staff = host.Client(role);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{Root}/{decision.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Base(recipientId)}/intakes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Base(recipientId)}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Base(recipientId)}/goals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"{Root}/{decision.GetProperty("id").GetGuid()}/terminate", JsonContent.Create(new { lastDay = "2027-02-01", reason = "x" }))).StatusCode);
    }

    [Fact]
    public void The_default_variables_follow_iplos_md()
    {
        var variables = DefaultVariables.For("1848").ToList();

        Assert.Equal(17, variables.Count);
        Assert.Equal(4, variables.Single(v => v.Code == "hearing").MaxScore);
        Assert.True(variables.All(v => v.Allows(AssessmentVariable.NotRelevant)));
    }

    private async Task<Guid> RecordAsync(Guid recipientId, string on, params (string Code, int Score)[] scores)
    {
        var response = await CaseWorker.PostAsJsonAsync($"{Base(recipientId)}/assessments", new
        {
            assessedOn = on,
            scores = scores.Select(s => new { code = s.Code, score = s.Score, note = (string?)null }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
