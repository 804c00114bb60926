using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>Documentation's events end to end: condition changes to the contact person and the zone's nurses, deviations to the zone's unit leaders.</summary>
public sealed class DocumentationRuleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly NotificationsHost _host = fixture.Host;

    [Fact]
    public async Task A_condition_change_tells_the_contact_person_and_the_zones_nurse_but_not_other_zones_or_those_who_left()
    {
        var zone = $"Zone-{Guid.NewGuid():N}";
        var (contact, nurse, otherNurse, leftNurse) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _host.PublishAsync(OtherEvents.StaffRegistered(contact, "Kim Kontakt", zone, "healthWorker"));
        await _host.PublishAsync(OtherEvents.StaffRegistered(nurse, "Nina Sykepleier", zone, "nurse"));
        await _host.PublishAsync(OtherEvents.StaffRegistered(otherNurse, "Olav Sykepleier", zone + "-other", "nurse"));
        var left = OtherEvents.StaffRegistered(leftNurse, "Lise Sluttet", zone, "nurse");
        await _host.PublishAsync(left);
        await _host.StaffKnownAsync(leftNurse);
        await _host.PublishAsync(OtherEvents.StaffLeft(left));
        await _host.StaffKnownAsync(leftNurse, active: false);
        await _host.StaffKnownAsync(contact);
        await _host.StaffKnownAsync(nurse);
        await _host.StaffKnownAsync(otherNurse);
        // E-mail addresses come from the contact data; the nurse competence only from Scheduling (their token role is CareWorker).
        await _host.StaffContactAsync(contact, "Kim Kontakt", "kim.condition@steigen.kommune.no", Roles.CareWorker, zone);
        await _host.StaffContactAsync(nurse, "Nina Sykepleier", "nina.condition@steigen.kommune.no", Roles.CareWorker, zone);
        await _host.StaffContactAsync(otherNurse, "Olav Sykepleier", "olav.condition@steigen.kommune.no", Roles.CareWorker, zone + "-other");
        await _host.StaffContactAsync(leftNurse, "Lise Sluttet", "lise.condition@steigen.kommune.no", Roles.CareWorker, zone);
        var registered = await _host.RecipientInZoneAsync("nb", zone);
        await _host.PublishAsync(OtherEvents.Contacts(registered, contact, contact));
        await _host.ContactsKnownAsync(registered.RecipientId, contact, contact);
        var change = OtherEvents.ConditionChange(registered);

        await _host.PublishAsync(change);

        var notifications = await _host.NotificationsWhenAsync(change.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(new[] { contact, nurse }.Order(), notifications.Select(n => n.PersonId).Order());
        var mail = _host.Sink.MailTo("nina.condition@steigen.kommune.no").Single();
        Assert.Equal("Endret tilstand meldt for Ola Nordmann", mail.Subject);
        Assert.DoesNotContain("fall", mail.TextBody);
        Assert.Single(_host.Sink.MailTo("kim.condition@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("olav.condition@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("lise.condition@steigen.kommune.no"));
    }

    [Fact]
    public async Task A_high_severity_deviation_tells_the_zones_unit_leader_urgently_and_a_low_one_not_urgently()
    {
        var zone = $"Zone-{Guid.NewGuid():N}";
        await _host.StaffContactAsync(Guid.NewGuid(), "Ulla Leder", "ulla.deviation@steigen.kommune.no", Roles.UnitLeader, zone);
        await _host.StaffContactAsync(Guid.NewGuid(), "Other Leder", "other.deviation@steigen.kommune.no", Roles.UnitLeader, zone + "-other");
        var high = OtherEvents.Deviation(zone, "high");
        var low = OtherEvents.Deviation(zone, "low");

        await _host.PublishAsync(high);
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("ulla.deviation@steigen.kommune.no").Count == 1)));
        await _host.PublishAsync(low);

        Assert.True((await _host.NotificationsWhenAsync(high.EventId, n => n.Count == 1)).Single().Urgent);
        Assert.False((await _host.NotificationsWhenAsync(low.EventId, n => n.Count == 1)).Single().Urgent);
        Assert.Equal($"Nytt avvik i {zone}", _host.Sink.MailTo("ulla.deviation@steigen.kommune.no").Single().Subject);
        Assert.Empty(_host.Sink.MailTo("other.deviation@steigen.kommune.no"));
    }
}
