using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

/// <summary>The case worker who grants a decision becomes the recipient's case worker for Documentation's care relation.</summary>
public sealed class CaseWorkerAssignedTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task Granting_as_a_case_worker_known_as_staff_publishes_CaseWorkerAssigned_once_with_their_staff_id()
    {
        var staffId = Guid.NewGuid();
        var caseWorker = host.Client(Roles.CaseWorker, subject: "saksbehandler-7", staffId: staffId);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker);

        var decisionId = (await GrantedAsync(caseWorker, OneLine(recipientId))).GetProperty("id").GetGuid();

        var assigned = Assert.Single(await host.Events.WaitForAsync<CaseWorkerAssigned>(e => e.RecipientId == recipientId));
        Assert.Equal((staffId, decisionId, "1848", "saksbehandler-7"), (assigned.StaffId, assigned.DecisionId, assigned.MunicipalityId, assigned.Name));
        Assert.Single(host.Events.MessageIds<CaseWorkerAssigned>(), id => id == assigned.EventId);
    }

    [Fact]
    public async Task Granting_with_a_token_that_names_no_staff_member_publishes_no_case_worker()
    {
        var anonymousCaseWorker = host.Client(Roles.CaseWorker, subject: "saksbehandler-uten-ansattnummer");
        var known = host.Client(Roles.CaseWorker, subject: "saksbehandler-8", staffId: Guid.NewGuid());
        var unnamed = await Support.Recipients.RegisterAsync(anonymousCaseWorker);
        var named = await Support.Recipients.RegisterAsync(known);

        var unnamedDecision = (await GrantedAsync(anonymousCaseWorker, OneLine(unnamed))).GetProperty("id").GetGuid();
        await GrantedAsync(known, OneLine(named));
        // The later grant's events leave the same outbox after the earlier grant's.
        await host.Events.WaitForAsync<DecisionGranted>(e => e.Decision.DecisionId == unnamedDecision);
        await host.Events.WaitForAsync<CaseWorkerAssigned>(e => e.RecipientId == named);

        Assert.DoesNotContain(host.Events.Of<CaseWorkerAssigned>(), e => e.RecipientId == unnamed);
    }
}
