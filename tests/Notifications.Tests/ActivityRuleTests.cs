using System.Net.Http.Json;
using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>Activities' events end to end: signed-up recipients and their relatives, volunteers and drivers, the primary contact.</summary>
public sealed class ActivityRuleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly NotificationsHost _host = fixture.Host;

    private async Task<List<FeedItem>> FeedOfAsync(Guid recipientId)
    {
        List<FeedItem> feed = [];
        var client = _host.Client(Roles.Recipient, subject: recipientId.ToString());
        Assert.True(await Eventually.UntilAsync(async () => (feed = (await client.GetFromJsonAsync<List<FeedItem>>("/api/notifications/feed"))!).Count > 0),
            "nothing reached the recipient's feed");
        return feed;
    }

    [Fact]
    public async Task An_interest_checklist_due_tells_the_primary_contact_not_the_acting_secondary()
    {
        var zone = $"Zone-{Guid.NewGuid():N}";
        var (primary, secondary) = (Guid.NewGuid(), Guid.NewGuid());
        await _host.StaffContactAsync(primary, "Pia Primær", "pia.checklist@steigen.kommune.no", Roles.CareWorker, zone);
        await _host.StaffContactAsync(secondary, "Sander Sekundær", "sander.checklist@steigen.kommune.no", Roles.CareWorker, zone);
        var registered = await _host.RecipientInZoneAsync("nn", zone);
        await _host.PublishAsync(OtherEvents.Contacts(registered, primary, acting: secondary));
        await _host.ContactsKnownAsync(registered.RecipientId, primary, secondary);

        await _host.PublishAsync(OtherEvents.ChecklistDue(registered));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("pia.checklist@steigen.kommune.no").Count == 1)));
        var mail = _host.Sink.MailTo("pia.checklist@steigen.kommune.no").Single();
        Assert.Equal("Interessekartlegging for Ola Nordmann", mail.Subject);
        Assert.Contains("innen 2027-01-15", mail.TextBody); // staff read their own language, not the recipient's
        Assert.Empty(_host.Sink.MailTo("sander.checklist@steigen.kommune.no"));
    }

    [Fact]
    public async Task A_changed_activity_tells_each_signed_up_recipient_and_their_consenting_relatives()
    {
        var withRelative = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.activity@example.no"));
        var alone = await _host.RecipientWithRelativesAsync("en");
        var changed = OtherEvents.ActivityChanged("Trim for seniorer", withRelative.RecipientId, alone.RecipientId);

        await _host.PublishAsync(changed);

        var notifications = await _host.NotificationsWhenAsync(changed.EventId, n => n.Count == 3 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(2, notifications.Count(n => n.Channel == Channel.InApp));
        var mail = _host.Sink.MailTo("kari.activity@example.no").Single();
        Assert.Equal("Endret: Trim for seniorer", mail.Subject);
        Assert.Contains("Tid og sted nå: 2026-12-10 kl. 11:00, Steigen bygdetun", mail.TextBody);
        Assert.Equal("Changed: Trim for seniorer", (await FeedOfAsync(alone.RecipientId)).Single().Subject);
    }

    [Fact]
    public async Task The_same_activity_change_delivered_twice_tells_each_person_once()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.activity.dup@example.no"));
        var changed = OtherEvents.ActivityChanged("Dans", registered.RecipientId);

        await _host.PublishAsync(changed);
        await _host.PublishAsync(changed, messageId: Guid.NewGuid());

        await _host.NotificationsWhenAsync(changed.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return db.Set<ServiceDefaults.Outbox.InboxMessage>().Count(m => m.Consumer == "ActivityChangedConsumer" && m.MessageId != changed.EventId) >= 1;
        }), "the second copy was never consumed");
        Assert.Equal(2, (await _host.NotificationsAsync(changed.EventId)).Count);
        Assert.Single(_host.Sink.MailTo("kari.activity.dup@example.no"));
    }

    [Fact]
    public async Task A_cancelled_occurrence_names_its_date_to_the_relative()
    {
        var registered = await _host.RecipientWithRelativesAsync("sv", Events.Relative("Karin", email: "karin.occurrence@example.se"));

        await _host.PublishAsync(OtherEvents.OccurrenceCancelled("Sittdans", registered.RecipientId));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("karin.occurrence@example.se").Count == 1)));
        var mail = _host.Sink.MailTo("karin.occurrence@example.se").Single();
        Assert.Equal("Inställt 2026-12-17: Sittdans", mail.Subject);
        Assert.Contains("den 2026-12-17 kl. 11:00", mail.TextBody);
    }

    [Fact]
    public async Task A_volunteer_match_texts_the_volunteer_without_details_and_tells_the_recipient_who_will_come()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb");
        var matched = OtherEvents.Matched(registered, "+4792220001");

        await _host.PublishAsync(matched);

        var notifications = await _host.NotificationsWhenAsync(matched.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(Channel.Sms, notifications.Single(n => n.PersonId == matched.VolunteerId).Channel);
        var sms = Assert.Single(_host.Sink.Sms(), s => s.To == "+4792220001");
        Assert.DoesNotContain("Ola", sms.Text);
        var feed = await FeedOfAsync(registered.RecipientId);
        Assert.Contains("Vera Venn er frivillig og skal besøke deg", feed.Single().Body);
    }

    [Fact]
    public async Task An_arranged_transport_texts_the_driver_and_tells_the_recipient_who_drives_and_when()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb");
        var transport = OtherEvents.Transport(registered, "+4793330001");

        await _host.PublishAsync(transport);

        var notifications = await _host.NotificationsWhenAsync(transport.EventId, n => n.Count == 2 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(Channel.Sms, notifications.Single(n => n.PersonId == transport.DriverVolunteerId).Channel);
        Assert.Single(_host.Sink.Sms(), s => s.To == "+4793330001");
        var feed = await FeedOfAsync(registered.RecipientId);
        Assert.Contains("Dag Sjåfør henter deg til «Middagsvenner» 2026-12-12 kl. 16:00", feed.Single().Body);
    }
}
