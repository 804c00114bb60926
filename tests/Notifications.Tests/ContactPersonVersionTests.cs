using Microsoft.EntityFrameworkCore;
using static CareServices.TestSupport.ContactPersonAssignments;

namespace CareServices.Notifications.Tests;

/// <summary>Who is told as contact person follows Scheduling's version of the assignment, not the order events arrive in nor the sender's clock.</summary>
public sealed class ContactPersonVersionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly NotificationsHost _host = fixture.Host;

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing_even_when_its_clock_is_later()
    {
        var id = (await _host.RecipientInZoneAsync("nb", "Nord")).RecipientId;
        var current = Guid.NewGuid();

        await _host.DeliverAsync(Assigned(id, current, "Kari", version: 2, NotificationsHost.Morning));
        await _host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Ola", version: 1, NotificationsHost.Morning.AddMinutes(1)));

        Assert.Equal((current, 2), await ContactsAsync(id));
    }

    [Fact]
    public async Task An_assignment_from_a_release_before_versions_applies_by_time_only_until_a_versioned_one_has_applied()
    {
        var id = (await _host.RecipientInZoneAsync("nb", "Nord")).RecipientId;
        var (legacy, versioned) = (Guid.NewGuid(), Guid.NewGuid());
        var at = NotificationsHost.Morning;

        await _host.DeliverAsync(Assigned(id, legacy, "Kari", version: null, at));
        await _host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Ola", version: null, at.AddHours(-1)));
        var byTime = await ContactsAsync(id);
        await _host.DeliverAsync(Assigned(id, versioned, "Siv", version: 1, at.AddHours(-2)));
        await _host.DeliverAsync(Assigned(id, Guid.NewGuid(), "Per", version: null, at.AddHours(1)));

        Assert.Equal((legacy, 0), byTime);
        Assert.Equal((versioned, 1), await ContactsAsync(id));
    }


    private async Task<(Guid?, int)> ContactsAsync(Guid id)
    {
        await using var db = _host.Db();
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == id);
        return (recipient.ActingContactId, recipient.ContactPersonsVersion);
    }
}
