using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

public sealed class AssignedContactPersonTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing_even_when_its_clock_is_later()
    {
        var recipientId = Guid.NewGuid();

        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Kari Primær", version: 2, Now));
        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Ola Tidligere", version: 1, Now.AddMinutes(1)));

        Assert.Equal(("Kari Primær", 2), await ActingAsync(recipientId));
    }

    [Fact]
    public async Task An_assignment_from_a_release_before_versions_applies_by_time_only_until_a_versioned_one_has_applied()
    {
        var recipientId = Guid.NewGuid();

        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Kari", version: null, Now));
        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Ola", version: null, Now.AddHours(-1)));
        var byTime = await ActingAsync(recipientId);
        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Siv", version: 1, Now.AddHours(-2)));
        await DeliverAsync(ContactPersonAssignments.Assigned(recipientId, Guid.NewGuid(), "Per", version: null, Now.AddHours(1)));

        Assert.Equal(("Kari", 0), byTime);
        Assert.Equal(("Siv", 1), await ActingAsync(recipientId));
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

    private async Task DeliverAsync(ContactPersonAssigned message)
    {
        await host.Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);
        Assert.True(await Eventually.UntilAsync(() =>
            host.WithDbAsync(db => db.Set<ServiceDefaults.Outbox.InboxMessage>().AnyAsync(m => m.MessageId == message.EventId))));
    }

    private Task<(string, int)> ActingAsync(Guid recipientId) => host.WithDbAsync(async db =>
    {
        var assigned = await db.AssignedContactPersons.AsNoTracking().SingleAsync(a => a.RecipientId == recipientId);
        return (assigned.ActingName, assigned.Version);
    });
}
