using CareServices.Documentation.Tests.Support;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Tests.ReadModel;

/// <summary>Staff names and zones (a UnitLeader's relation) follow Scheduling's version, not the order events arrive in nor the sender's clock.</summary>
public sealed class StaffVersionTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_update_overtaking_the_registration_creates_the_row_and_an_older_version_arriving_late_changes_nothing()
    {
        var id = Guid.NewGuid();

        await host.DeliverAsync(StaffUpdates.Updated(id, "Kari", "Leiranger", version: 3, Noon));
        await host.DeliverAsync(StaffUpdates.Updated(id, "Kari", "Nordfold", version: 2, Noon.AddMinutes(1)));

        var staff = await host.WithDbAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Leiranger", 3), (staff.Zone, staff.Version));
    }
}
