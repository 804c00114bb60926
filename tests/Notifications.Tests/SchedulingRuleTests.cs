using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>Scheduling's events end to end: event on the bus → people → channel → language → the real sinks.</summary>
public sealed class SchedulingRuleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly NotificationsHost _host = fixture.Host;

    private static readonly Guid[] SameStaff = [Guid.Parse("0193a000-0000-7000-8000-000000000001")];

    [Fact]
    public async Task A_visit_moved_more_than_30_minutes_tells_the_recipient_in_app_and_the_consenting_relative_by_email_in_the_recipients_language()
    {
        var registered = await _host.RecipientWithRelativesAsync("da", Events.Relative("Mette", email: "mette.moved@example.dk"));
        var moved = OtherEvents.Rescheduled(registered, OtherEvents.Oslo(9, 9), OtherEvents.Oslo(9, 13), SameStaff, SameStaff);

        await _host.PublishAsync(moved);

        var notifications = await _host.NotificationsWhenAsync(moved.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(Channel.InApp, notifications.Single(n => n.PersonId == registered.RecipientId).Channel);
        var mail = _host.Sink.MailTo("mette.moved@example.dk").Single();
        Assert.Equal("Besøget hos Ola Nordmann er flyttet", mail.Subject);
        Assert.Contains("den 2026-12-09 kl. 09:00 er flyttet til den 2026-12-09 kl. 13:00", mail.TextBody);
    }

    [Fact]
    public async Task A_visit_moved_by_20_minutes_with_the_same_staff_tells_nobody()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.shift@example.no"));
        var shifted = OtherEvents.Rescheduled(registered, OtherEvents.Oslo(9, 9), OtherEvents.Oslo(9, 9, 20), SameStaff, SameStaff);

        await _host.PublishAsync(shifted);

        await _host.ConsumedAsync(shifted.EventId);
        Assert.Empty(await _host.NotificationsAsync(shifted.EventId));
    }

    [Fact]
    public async Task A_visit_at_the_same_time_with_new_staff_tells_of_the_new_staff()
    {
        var registered = await _host.RecipientWithRelativesAsync("en", Events.Relative("Kate", email: "kate.staff@example.org"));
        var restaffed = OtherEvents.Rescheduled(registered, OtherEvents.Oslo(9, 9), OtherEvents.Oslo(9, 9), SameStaff, [Guid.NewGuid()]);

        await _host.PublishAsync(restaffed);

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("kate.staff@example.org").Count == 1)));
        var mail = _host.Sink.MailTo("kate.staff@example.org").Single();
        Assert.Equal("Different staff at the visit to Ola Nordmann", mail.Subject);
        Assert.Contains("on 2026-12-09 at 09:00", mail.TextBody);
    }

    [Fact]
    public async Task A_cancelled_visit_tells_the_recipient_and_the_relative_without_the_reason()
    {
        var registered = await _host.RecipientWithRelativesAsync("sv", Events.Relative("Karin", email: "karin.cancel@example.se"));
        var cancelled = OtherEvents.Cancelled(registered);

        await _host.PublishAsync(cancelled);

        var notifications = await _host.NotificationsWhenAsync(cancelled.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Contains(notifications, n => n.PersonId == registered.RecipientId && n.Channel == Channel.InApp);
        var mail = _host.Sink.MailTo("karin.cancel@example.se").Single();
        Assert.Equal("Besöket hos Ola Nordmann den 2026-12-09 är inställt", mail.Subject);
        Assert.DoesNotContain("sykehus", mail.TextBody);
    }

    [Fact]
    public async Task Recipient_not_home_tells_the_acting_contact_person_and_the_relative_urgently_but_not_the_absent_primary()
    {
        var zone = $"Zone-{Guid.NewGuid():N}";
        var (primary, secondary) = (Guid.NewGuid(), Guid.NewGuid());
        await _host.PublishAsync(OtherEvents.StaffRegistered(primary, "Pia Primær", zone, "nurse"));
        await _host.PublishAsync(OtherEvents.StaffRegistered(secondary, "Sander Sekundær", zone, "healthWorker"));
        await _host.StaffKnownAsync(primary);
        await _host.StaffKnownAsync(secondary);
        await _host.StaffContactAsync(primary, "Pia Primær", "pia.nothome@steigen.kommune.no", Roles.Nurse, zone);
        await _host.StaffContactAsync(secondary, "Sander Sekundær", "sander.nothome@steigen.kommune.no", Roles.CareWorker, zone);
        var registered = await _host.RecipientInZoneAsync("nb", zone, Events.Relative("Kari", phone: "+4791110001"));
        await _host.PublishAsync(OtherEvents.Contacts(registered, primary, acting: secondary));
        await _host.ContactsKnownAsync(registered.RecipientId, primary, secondary);
        var notHome = OtherEvents.NotHome(registered);

        await _host.PublishAsync(notHome);

        var notifications = await _host.NotificationsWhenAsync(notHome.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.All(notifications, n => Assert.True(n.Urgent));
        var mail = _host.Sink.MailTo("sander.nothome@steigen.kommune.no").Single();
        Assert.Equal("Ola Nordmann åpnet ikke ved besøket", mail.Subject);
        Assert.Contains("2026-12-07 kl. 09:40", mail.TextBody);
        Assert.Empty(_host.Sink.MailTo("pia.nothome@steigen.kommune.no"));
        var sms = Assert.Single(_host.Sink.Sms(), s => s.To == "+4791110001");
        Assert.DoesNotContain("Ola", sms.Text);
    }

    [Fact]
    public async Task Recipient_not_home_without_a_contact_person_tells_the_zones_unit_leader_only()
    {
        var zone = $"Zone-{Guid.NewGuid():N}";
        await _host.StaffContactAsync(Guid.NewGuid(), "Ulla Leder", "ulla.nothome@steigen.kommune.no", Roles.UnitLeader, zone);
        await _host.StaffContactAsync(Guid.NewGuid(), "Other Leder", "other.nothome@steigen.kommune.no", Roles.UnitLeader, zone + "-other");
        var registered = await _host.RecipientInZoneAsync("nb", zone);

        await _host.PublishAsync(OtherEvents.NotHome(registered));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("ulla.nothome@steigen.kommune.no").Count == 1)));
        Assert.Empty(_host.Sink.MailTo("other.nothome@steigen.kommune.no"));
    }
}
