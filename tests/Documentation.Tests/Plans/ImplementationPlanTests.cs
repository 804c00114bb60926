using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Documentation;
using CareServices.Documentation.Api.Api.Plans;
using CareServices.Documentation.Domain.Plans;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Documentation.Tests.Plans;

public sealed class ImplementationPlanTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private static GrantedServiceLine Line(Guid id, string code, string? instructions = null) => new()
    {
        ServiceLineId = id, ServiceCode = code, ServiceKind = "healthCare", MinutesPerVisit = 30, Frequency = "weekdays", Weekdays = [DayOfWeek.Thursday],
        IntervalWeeks = 1, TimesPerDay = 1, TimeWindows = [], Competence = "healthWorker", DoubleStaffing = false, CoPayment = false,
        Instructions = instructions, VisitsPerWeek = 1, HoursPerWeek = 0.5m,
    };

    private static DecisionSnapshot Decision(Guid recipientId, string number, int version, params GrantedServiceLine[] lines) => new()
    {
        DecisionId = Guid.NewGuid(), Number = number, Version = version, RecipientId = recipientId, LegalBasis = "hol-3-2-6",
        ValidFrom = new DateOnly(2026, 12, 1), HoursPerWeek = 1, Lines = lines,
    };

    private string Plans(CareTeam team) => $"/api/documentation/recipients/{team.RecipientId}/implementation-plans";

    private async Task<(CareTeam Team, DecisionSnapshot Decision, Guid Shower, Guid Walk)> GrantedAsync()
    {
        var team = await CareTeam.CreateAsync(host);
        var (shower, walk) = (Guid.NewGuid(), Guid.NewGuid());
        var decision = Decision(team.RecipientId, $"V-{Guid.NewGuid():N}"[..12], 1, Line(shower, "shower", "Shower with a stool"), Line(walk, "walk"));
        await host.DeliverAsync(new DecisionGranted { OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "1848", Decision = decision });
        return (team, decision, shower, walk);
    }

    private async Task<PlanResponse> DraftAsync(CareTeam team, int version = 1) =>
        (await host.Client(team.Token(team.Secondary)).GetAsync<List<PlanResponse>>(Plans(team))).Single(p => p.Version == version);

    [Fact]
    public async Task A_granted_decision_starts_a_draft_with_a_line_per_service_that_care_workers_do_not_see()
    {
        var (team, decision, shower, walk) = await GrantedAsync();

        var draft = await DraftAsync(team);

        Assert.Equal((PlanStatus.Draft, decision.DecisionId, 1), (draft.Status, draft.DecisionId, draft.Version));
        Assert.Equal([(shower, "Shower with a stool"), (walk, "")], draft.Lines.Select(l => (l.ServiceLineId, l.TaskText)));
        Assert.Empty(await host.Client(team.Token(team.Primary)).GetAsync<List<PlanResponse>>(Plans(team)));
    }

    [Fact]
    public async Task A_Nurse_approves_a_written_plan_which_care_workers_then_see_and_Scheduling_gets_its_task_texts()
    {
        var (team, _, shower, walk) = await GrantedAsync();
        var draft = await DraftAsync(team);
        var nurse = host.Client(team.Token(team.Secondary));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await nurse.PostAsync($"{Plans(team)}/{draft.Id}/approve", null)).StatusCode);
        var written = await nurse.PutAsJsonAsync($"{Plans(team)}/{draft.Id}", new PlanRequest(
            [new PlanLineRequest(walk, "Walk to the shop and back", RecipientWishes: "Shower and walk on Thursdays", DoesThemselves: "Puts on shoes himself",
                PracticalNotes: "Key box by the back door; the cat stays inside")]));
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await nurse.PostAsync($"{Plans(team)}/{draft.Id}/approve", null)).StatusCode);

        var seen = Assert.Single(await host.Client(team.Token(team.Primary)).GetAsync<List<PlanResponse>>(Plans(team)));
        Assert.Equal((PlanStatus.Approved, team.Secondary), (seen.Status, seen.ApprovedBy));
        var approved = Assert.Single(await host.Events.WaitForAsync<ImplementationPlanApproved>(e => e.PlanId == draft.Id));
        Assert.Equal([(shower, "Shower with a stool", null), (walk, "Walk to the shop and back", "Shower and walk on Thursdays")],
            approved.Tasks.Select(t => (t.ServiceLineId, t.TaskText, t.RecipientWishes)));
    }

    [Fact]
    public async Task A_care_worker_does_not_approve_a_plan()
    {
        var (team, _, _, _) = await GrantedAsync();
        var draft = await DraftAsync(team);

        var response = await host.Client(team.Token(team.Primary)).PostAsync($"{Plans(team)}/{draft.Id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_changed_decision_flags_the_approved_plan_stale_and_drafts_a_version_that_keeps_the_texts_and_closes_ended_lines()
    {
        var (team, decision, shower, walk) = await GrantedAsync();
        var nurse = host.Client(team.Token(team.Secondary));
        var first = await DraftAsync(team);
        await nurse.PutAsJsonAsync($"{Plans(team)}/{first.Id}", new PlanRequest([new PlanLineRequest(walk, "Walk to the shop")]));
        (await nurse.PostAsync($"{Plans(team)}/{first.Id}/approve", null)).EnsureSuccessStatusCode();
        var meal = Guid.NewGuid();
        var changed = Decision(team.RecipientId, decision.Number, 2, Line(shower, "shower"), Line(meal, "meal", "Warm dinner"));

        await host.DeliverAsync(new DecisionChanged
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "1848", Previous = decision, Current = changed, EffectiveFrom = new DateOnly(2027, 1, 1),
        });

        var plans = await nurse.GetAsync<List<PlanResponse>>(Plans(team));
        var approved = plans.Single(p => p.Version == 1);
        var draft = plans.Single(p => p.Version == 2);
        Assert.True(approved.Stale);
        Assert.False(draft.Stale);
        Assert.Equal([(shower, "Shower with a stool", (DateOnly?)null), (meal, "Warm dinner", null), (walk, "Walk to the shop", new DateOnly(2027, 1, 1))],
            draft.Lines.Select(l => (l.ServiceLineId, l.TaskText, l.ClosedFrom)));
        (await nurse.PostAsync($"{Plans(team)}/{draft.Id}/approve", null)).EnsureSuccessStatusCode();
        var after = await nurse.GetAsync<List<PlanResponse>>(Plans(team));
        Assert.Equal([(2, PlanStatus.Approved), (1, PlanStatus.Superseded)], after.Select(p => (p.Version, p.Status)));
    }

    [Fact]
    public async Task A_terminated_decision_closes_every_line_of_its_plan()
    {
        var (team, decision, _, _) = await GrantedAsync();

        await host.DeliverAsync(new DecisionTerminated
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "1848", DecisionId = decision.DecisionId, Number = decision.Number, Version = 1,
            RecipientId = team.RecipientId, LastDay = new DateOnly(2027, 2, 28), Reason = "Moved to a nursing home",
        });

        var plan = await DraftAsync(team);
        Assert.All(plan.Lines, l => Assert.Equal(new DateOnly(2027, 3, 1), l.ClosedFrom));
    }

    [Fact]
    public async Task Two_versions_of_one_decision_taken_at_once_cannot_both_commit_on_the_same_base()
    {
        var (_, decision, _, _) = await GrantedAsync();
        using var first = host.Factory.Services.CreateScope();
        using var second = host.Factory.Services.CreateScope();
        var one = first.ServiceProvider.GetRequiredService<DocumentationDbContext>();
        var other = second.ServiceProvider.GetRequiredService<DocumentationDbContext>();
        var seenByOne = await one.Decisions.SingleAsync(d => d.Number == decision.Number);
        var seenByOther = await other.Decisions.SingleAsync(d => d.Number == decision.Number);

        Assert.True(seenByOne.Changed(Guid.NewGuid(), 3));
        await one.SaveChangesAsync();
        Assert.True(seenByOther.Changed(Guid.NewGuid(), 2));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => other.SaveChangesAsync());
        Assert.Equal(3, await host.WithDbAsync(db => db.Decisions.Where(d => d.Number == decision.Number).Select(d => d.LatestVersion).SingleAsync()));
    }

    [Fact]
    public async Task An_approved_plan_is_not_written_again()
    {
        var (team, _, _, walk) = await GrantedAsync();
        var nurse = host.Client(team.Token(team.Secondary));
        var draft = await DraftAsync(team);
        await nurse.PutAsJsonAsync($"{Plans(team)}/{draft.Id}", new PlanRequest([new PlanLineRequest(walk, "Walk")]));
        (await nurse.PostAsync($"{Plans(team)}/{draft.Id}/approve", null)).EnsureSuccessStatusCode();

        var response = await nurse.PutAsJsonAsync($"{Plans(team)}/{draft.Id}", new PlanRequest([new PlanLineRequest(walk, "Run")]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
