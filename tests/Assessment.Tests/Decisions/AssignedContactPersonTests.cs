using CareServices.Assessment.Domain.Recipients;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

public sealed class AssignedContactPersonTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly (Guid, string) Kari = (Guid.NewGuid(), "Kari Primær");
    private static readonly (Guid, string) Per = (Guid.NewGuid(), "Per Sekundær");

    [Fact]
    public void The_newest_assignment_wins_and_an_older_one_arriving_late_changes_nothing()
    {
        var assigned = AssignedContactPerson.For("1848", Guid.NewGuid());

        Assert.True(assigned.Apply(Kari, Per, Per, new DateOnly(2027, 3, 1), Now));
        Assert.False(assigned.Apply(Kari, Per, Kari, new DateOnly(2027, 2, 1), Now.AddDays(-1)));

        Assert.Equal(("Per Sekundær", "Kari Primær"), (assigned.ActingName, assigned.PrimaryName));
    }

    [Fact]
    public async Task The_letter_names_the_acting_contact_person_Scheduling_assigned_instead_of_the_free_text()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker);
        var decisionId = (await GrantedAsync(caseWorker, FiveLines(recipientId))).GetProperty("id").GetGuid();
        Assert.Contains("Anne Hansen", await caseWorker.GetStringAsync($"{Root}/{decisionId}/letter"), StringComparison.Ordinal);

        await host.Events.PublishAsync(new ContactPersonAssigned
        {
            OccurredAt = DateTimeOffset.UtcNow,
            MunicipalityId = "1848",
            RecipientId = recipientId,
            Primary = new ContactPersonRef { StaffId = Guid.NewGuid(), Name = "Kari Primær" },
            Secondary = new ContactPersonRef { StaffId = Guid.NewGuid(), Name = "Per Sekundær" },
            Acting = new ContactPersonRef { StaffId = Guid.NewGuid(), Name = "Per Sekundær" },
            Reason = "secondaryTakeover",
            EffectiveFrom = new DateOnly(2027, 3, 1),
        });

        Assert.True(await Eventually.UntilAsync(async () => (await caseWorker.GetStringAsync($"{Root}/{decisionId}/letter")).Contains("Din kontaktperson: Per Sekundær", StringComparison.Ordinal)));
        Assert.DoesNotContain("Anne Hansen", await caseWorker.GetStringAsync($"{Root}/{decisionId}/letter"), StringComparison.Ordinal);
    }
}
