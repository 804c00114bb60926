using CareServices.Documentation.Tests.Support;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CareServices.TestSupport.ContactPersonAssignments;

namespace CareServices.Documentation.Tests.ReadModel;

/// <summary>
/// The contact persons, who read the journal while they hold the role, follow Scheduling's version of the assignment,
/// not the order events arrive in nor the sender's clock: a stale assignment cannot give a former contact their access back.
/// </summary>
public sealed class ContactPersonVersionTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing_even_when_its_clock_is_later()
    {
        var (id, current, former) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await host.DeliverAsync(RecipientUpdates.V2(id, "Nordfold", version: 1));

        await host.DeliverAsync(Assigned(id, current, "Kari", version: 2, Noon));
        await host.DeliverAsync(Assigned(id, former, "Ola", version: 1, Noon.AddMinutes(1)));

        Assert.Equal((current, 2), await ContactsAsync(id));
    }

    [Fact]
    public async Task An_assignment_from_a_release_before_versions_applies_by_time_only_until_a_versioned_one_has_applied()
    {
        var (id, legacy, versioned) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await host.DeliverAsync(RecipientUpdates.V2(id, "Nordfold", version: 1));

        await host.DeliverAsync(Assigned(id, legacy, "Kari", version: null, Noon));
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Ola", version: null, Noon.AddHours(-1)));
        var byTime = await ContactsAsync(id);
        await host.DeliverAsync(Assigned(id, versioned, "Siv", version: 1, Noon.AddHours(-2)));
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Per", version: null, Noon.AddHours(1)));

        Assert.Equal((legacy, 0), byTime);
        Assert.Equal((versioned, 1), await ContactsAsync(id));
    }

    private Task<(Guid?, int)> ContactsAsync(Guid id) => host.WithDbAsync(async db =>
    {
        var recipient = await db.Recipients.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id);
        return (recipient.PrimaryContactId, recipient.ContactPersonsVersion);
    });
}
