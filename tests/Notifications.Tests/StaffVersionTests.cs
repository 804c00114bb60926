using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Tests;

/// <summary>Who is told in a zone follows Scheduling's version of the staff member, not the order events arrive in nor the sender's clock.</summary>
public sealed class StaffVersionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly NotificationsHost _host = fixture.Host;

    [Fact]
    public async Task An_update_overtaking_the_registration_creates_the_row_and_an_older_version_arriving_late_changes_nothing()
    {
        var id = Guid.NewGuid();

        await _host.DeliverAsync(StaffUpdates.Updated(id, "Siv Hansen", "Sør", version: 3, NotificationsHost.Morning, active: false));
        await _host.DeliverAsync(StaffUpdates.Updated(id, "Siv", "Nord", version: 2, NotificationsHost.Morning.AddMinutes(5)));

        await using var db = _host.Db();
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(("Siv Hansen", "Sør", false, 3), (staff.Name, staff.Zone, staff.Active, staff.SchedulingVersion));
    }

    [Fact]
    public async Task Scheduling_keeps_a_language_a_unit_leader_chose_and_the_contact_data_kept_here()
    {
        var id = Guid.NewGuid();
        await _host.StaffContactAsync(id, "Siv", "siv@example.no", Roles.CareWorker, "Nord");
        await using (var db = _host.Db())
        {
            await db.Staff.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Language, "nn"));
        }

        await _host.DeliverAsync(StaffUpdates.Updated(id, "Siv Hansen", "Sør", version: 2, NotificationsHost.Morning));

        await using var after = _host.Db();
        var staff = await after.Staff.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(("Siv Hansen", "Sør", "nn", "siv@example.no", 2), (staff.Name, staff.Zone, staff.Language, staff.Email, staff.SchedulingVersion));
    }

}
