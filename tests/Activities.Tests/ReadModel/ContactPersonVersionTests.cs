using CareServices.Activities.Tests.Support;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CareServices.TestSupport.ContactPersonAssignments;

namespace CareServices.Activities.Tests.ReadModel;

/// <summary>The primary contact, by whom the interest checklists are due, follows Scheduling's version of the assignment.</summary>
public sealed class ContactPersonVersionTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing_even_when_its_clock_is_later()
    {
        var id = Guid.NewGuid();
        await host.DeliverAsync(RecipientUpdates.V2(id, "Nordfold", version: 1));

        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Kari Primær", version: 2, Noon));
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Ola Tidligere", version: 1, Noon.AddMinutes(1)));

        Assert.Equal("Kari Primær", await ContactAsync(id));
    }

    [Fact]
    public async Task An_assignment_from_a_release_before_versions_applies_by_time_only_until_a_versioned_one_has_applied()
    {
        var id = Guid.NewGuid();
        await host.DeliverAsync(RecipientUpdates.V2(id, "Nordfold", version: 1));

        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Kari", version: null, Noon));
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Ola", version: null, Noon.AddHours(-1)));
        var byTime = await ContactAsync(id);
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Siv", version: 1, Noon.AddHours(-2)));
        await host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Per", version: null, Noon.AddHours(1)));

        Assert.Equal("Kari", byTime);
        Assert.Equal("Siv", await ContactAsync(id));
    }


    private Task<string?> ContactAsync(Guid id) =>
        host.WithDbAsync(db => db.Recipients.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.ContactPersonName).SingleOrDefaultAsync());
}
