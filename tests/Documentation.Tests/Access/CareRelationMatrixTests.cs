using System.Net;
using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Api.Access;
using CareServices.Documentation.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Documentation.Tests.Access;

/// <summary>Who reads a recipient's journal: only staff with a care relation, for every role.</summary>
public sealed class CareRelationMatrixTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    [Fact]
    public async Task Only_staff_with_a_care_relation_read_the_journal_whatever_their_role()
    {
        var team = await CareTeam.CreateAsync(host);
        var unlinkedStaff = Guid.NewGuid();
        (string Who, string? Token, HttpStatusCode Expected)[] matrix =
        [
            ("primary contact (CareWorker)", team.Token(team.Primary), HttpStatusCode.OK),
            ("secondary contact (Nurse)", team.Token(team.Secondary), HttpStatusCode.OK),
            ("care worker on a visit today", team.Token(team.Visitor), HttpStatusCode.OK),
            ("UnitLeader of the recipient's zone", team.Token(team.ZoneLeader), HttpStatusCode.OK),
            ("UnitLeader of another zone", team.Token(team.OtherLeader), HttpStatusCode.Forbidden),
            ("care worker without a relation", team.Token(team.Stranger), HttpStatusCode.Forbidden),
            ("Nurse without a relation", StaffTokens.Staff(Roles.Nurse, team.Stranger), HttpStatusCode.Forbidden),
            ("the recipient's case worker", team.Token(team.CaseWorker), HttpStatusCode.OK),
            ("a case worker who does not hold the case", StaffTokens.Staff(Roles.CaseWorker, unlinkedStaff), HttpStatusCode.Forbidden),
            ("Planner", StaffTokens.Staff(Roles.Planner, unlinkedStaff), HttpStatusCode.Forbidden),
            ("Admin", StaffTokens.Staff(Roles.Admin, unlinkedStaff), HttpStatusCode.Forbidden),
            ("VolunteerCoordinator", StaffTokens.Staff(Roles.VolunteerCoordinator, unlinkedStaff), HttpStatusCode.Forbidden),
            ("primary contact's token without staff_id", StaffTokens.Staff(Roles.CareWorker, null), HttpStatusCode.Forbidden),
            ("Volunteer", StaffTokens.Role(Roles.Volunteer), HttpStatusCode.Forbidden),
            ("Relative", StaffTokens.Role(Roles.Relative), HttpStatusCode.Forbidden),
            ("the recipient themselves", StaffTokens.Recipient(team.RecipientId), HttpStatusCode.Forbidden),
            ("primary contact acting for another municipality", StaffTokens.Staff(Roles.CareWorker, team.Primary, municipality: "0301"), HttpStatusCode.NotFound),
            ("anonymous", null, HttpStatusCode.Unauthorized),
        ];

        var outcomes = new List<string>();
        foreach (var (who, token, expected) in matrix)
        {
            var status = (await host.Client(token).GetAsync(team.Journal)).StatusCode;
            if (status != expected)
            {
                outcomes.Add($"{who}: expected {(int)expected}, got {(int)status}");
            }
        }

        Assert.True(outcomes.Count == 0, string.Join(Environment.NewLine, outcomes));
    }

    [Fact]
    public async Task The_access_log_is_read_by_the_recipient_for_their_own_record_and_by_staff_with_a_relation_only()
    {
        var team = await CareTeam.CreateAsync(host);
        var other = await CareTeam.CreateAsync(host);

        Assert.Equal(HttpStatusCode.OK, (await host.Client(StaffTokens.Recipient(team.RecipientId)).GetAsync(team.AccessLog)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(StaffTokens.Recipient(other.RecipientId)).GetAsync(team.AccessLog)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(team.Token(team.Primary)).GetAsync(team.AccessLog)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Stranger)).GetAsync(team.AccessLog)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(StaffTokens.Role(Roles.Relative)).GetAsync(team.AccessLog)).StatusCode);
    }

    [Fact]
    public async Task The_case_worker_reads_on_the_case_worker_relation_until_a_newer_grant_names_another_and_a_late_older_one_changes_nothing()
    {
        var team = await CareTeam.CreateAsync(host);
        var successor = Guid.NewGuid();
        var now = host.Clock.GetUtcNow();
        CaseWorkerAssigned Assigned(Guid staff, DateTimeOffset at) => new()
        {
            OccurredAt = at, MunicipalityId = "1848", RecipientId = team.RecipientId, StaffId = staff, Name = "Saksbehandler", DecisionId = Guid.NewGuid(),
        };

        var asCaseWorker = await host.Client(team.Token(team.CaseWorker)).GetAsync(team.Journal);
        await host.DeliverAsync(Assigned(successor, now.AddMinutes(5)));
        await host.DeliverAsync(Assigned(team.CaseWorker, now.AddMinutes(1)));
        var formerAfterwards = await host.Client(team.Token(team.CaseWorker)).GetAsync(team.Journal);
        var successorAfterwards = await host.Client(StaffTokens.Staff(Roles.CaseWorker, successor)).GetAsync(team.Journal);
        var log = await (await host.Client(team.Token(team.Primary)).GetAsync(team.AccessLog)).ReadAsync<List<AccessLogEntryResponse>>();

        Assert.Equal(HttpStatusCode.OK, asCaseWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, formerAfterwards.StatusCode);
        Assert.Equal(HttpStatusCode.OK, successorAfterwards.StatusCode);
        Assert.Equal(["caseWorker", "caseWorker"], log.Where(e => e.What == "journal").Select(e => e.Basis).ToList());
    }

    [Fact]
    public async Task A_cancelled_visit_gives_no_care_relation()
    {
        var team = await CareTeam.CreateAsync(host);
        await host.DeliverAsync(new Contracts.Scheduling.VisitCancelled
        {
            OccurredAt = host.Clock.GetUtcNow().AddMinutes(1), MunicipalityId = "1848", VisitId = team.VisitId, RecipientId = team.RecipientId,
            Date = DateOnly.FromDateTime(team.VisitStart.UtcDateTime),
        });

        var response = await host.Client(team.Token(team.Visitor)).GetAsync(team.Journal);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_visit_moved_to_other_staff_moves_the_care_relation_with_it()
    {
        var team = await CareTeam.CreateAsync(host);
        var now = host.Clock.GetUtcNow();
        await host.DeliverAsync(new Contracts.Scheduling.VisitRescheduled
        {
            OccurredAt = now.AddMinutes(1), MunicipalityId = "1848", VisitId = team.VisitId, RecipientId = team.RecipientId,
            Date = DateOnly.FromDateTime(now.UtcDateTime), PlannedStart = now.AddHours(1), PlannedEnd = now.AddHours(1.5),
            Lines = [new Contracts.Scheduling.PlannedServiceMinutes { ServiceLineId = team.ServiceLineId, Minutes = 30 }],
            StaffIds = [team.Stranger],
            PreviousDate = DateOnly.FromDateTime(team.VisitStart.UtcDateTime), PreviousStart = team.VisitStart, PreviousStaffIds = [team.Visitor],
        });

        Assert.Equal(HttpStatusCode.OK, (await host.Client(team.Token(team.Stranger)).GetAsync(team.Journal)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Visitor)).GetAsync(team.Journal)).StatusCode);
    }
}
