using System.Net;
using System.Net.Http.Json;
using CareServices.Notifications.Api.Api;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Notifications.Tests;

/// <summary>The decision rules end to end: event on the bus → people → channel → language → the real SMTP sink.</summary>
public sealed class DecisionRuleTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_terminated_decision_emails_the_consenting_relative_in_the_recipients_language()
    {
        var relative = Events.Relative("Karin Svensson", email: "karin@example.se");
        var registered = await _host.RecipientWithRelativesAsync("sv", relative);

        await _host.PublishAsync(Events.Terminated(registered, "V-2026-0042"));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("karin@example.se").Count == 1)));
        var mail = _host.Sink.MailTo("karin@example.se").Single();
        Assert.Equal("Insatserna för Ola Nordmann upphör", mail.Subject);
        Assert.Contains("Sista dagen med insatser är 2026-12-31", mail.TextBody);
        Assert.StartsWith("Hej Karin Svensson", mail.TextBody);
    }

    [Fact]
    public async Task A_granted_decision_gives_the_recipient_a_letter_and_an_in_app_message_and_the_relative_an_email()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari@example.no"));
        var granted = Events.Granted(registered);

        await _host.PublishAsync(granted);

        var notifications = await _host.NotificationsWhenAsync(granted.EventId, n => n.Count == 3 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal([Channel.InApp, Channel.Letter], notifications.Where(n => n.PersonId == registered.RecipientId).Select(n => n.Channel).Order());
        Assert.Single(notifications, n => n.Channel == Channel.Email && n.Address == "kari@example.no");
        var letter = notifications.Single(n => n.Channel == Channel.Letter);
        var html = await _host.Client(Roles.CaseWorker).GetStringAsync($"/api/notifications/letters/{letter.Id}");
        Assert.Contains("Vedtak om helse- og omsorgstjenester for Ola Nordmann", html);
        Assert.Contains("gjeldende fra 2026-12-14", html);
    }

    [Fact]
    public async Task A_changed_decision_emails_the_relative_with_the_date_the_change_applies_from()
    {
        var registered = await _host.RecipientWithRelativesAsync("en", Events.Relative("Kate", email: "kate@example.org"));

        await _host.PublishAsync(Events.Changed(registered));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("kate@example.org").Count == 1)));
        var mail = _host.Sink.MailTo("kate@example.org").Single();
        Assert.Equal("Changed decision for Ola Nordmann", mail.Subject);
        Assert.Contains("applies from 2027-01-01", mail.TextBody);
    }

    [Fact]
    public async Task A_relative_whose_consent_was_withdrawn_is_not_told_also_when_an_earlier_Assessment_release_announced_it()
    {
        var kept = Events.Relative("Kari", email: "kari@example.no");
        var withdrawn = Events.Relative("Per", email: "per@example.no");
        var registered = await _host.RecipientWithRelativesAsync("nb", kept, withdrawn);
        await _host.PublishAsync(Events.ConsentFromEarlierRelease(registered, registered.OccurredAt.AddMinutes(2), kept));
        Assert.True(await Eventually.UntilAsync(async () =>
            (await _host.Client(Roles.CaseWorker).GetFromJsonAsync<RecipientResponse>($"/api/notifications/recipients/{registered.RecipientId}"))!.InformedPersons.Count == 1));
        var terminated = Events.Terminated(registered);

        await _host.PublishAsync(terminated);

        var notifications = await _host.NotificationsWhenAsync(terminated.EventId, n => n.Count == 3 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.DoesNotContain(notifications, n => n.PersonId == withdrawn.ResourcePersonId);
        Assert.Single(_host.Sink.MailTo("kari@example.no"));
        Assert.Empty(_host.Sink.MailTo("per@example.no"));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_under_different_message_ids_gives_one_message()
    {
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.dup@example.no"));
        var terminated = Events.Terminated(registered);

        await _host.PublishAsync(terminated);
        await _host.PublishAsync(terminated, messageId: Guid.NewGuid());

        var notifications = await _host.NotificationsWhenAsync(terminated.EventId, n => n.Count == 3 && n.All(x => x.Status == NotificationStatus.Sent));
        Assert.Equal(3, notifications.Select(n => (n.PersonId, n.Channel)).Distinct().Count());
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return db.Set<ServiceDefaults.Outbox.InboxMessage>().Count(m => m.Consumer == "DecisionTerminatedConsumer") == 2;
        }), "the second copy was never consumed");
        Assert.Single(_host.Sink.MailTo("kari.dup@example.no"));
    }

    [Fact]
    public async Task An_expiring_decision_emails_the_case_worker_of_the_recipients_zone_only()
    {
        var inZone = Guid.NewGuid();
        var elsewhere = Guid.NewGuid();
        var admin = _host.Client(Roles.Admin);
        (await admin.PutAsJsonAsync($"/api/notifications/staff/{inZone}",
            new StaffContactRequest("Siv Saksbehandler", "siv@steigen.kommune.no", null, "nn", [Roles.CaseWorker], "Nord-Steigen"))).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/notifications/staff/{elsewhere}",
            new StaffContactRequest("Sør Saksbehandler", "sor@steigen.kommune.no", null, "nb", [Roles.CaseWorker], "Sør-Steigen"))).EnsureSuccessStatusCode();
        var registered = await _host.RecipientWithRelativesAsync("nb", Events.Relative("Kari", email: "kari.exp@example.no"));

        await _host.PublishAsync(Events.Expiring(registered));

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo("siv@steigen.kommune.no").Count == 1)));
        Assert.Equal("Vedtak V-2026-0003 går ut 2027-01-05", _host.Sink.MailTo("siv@steigen.kommune.no").Single().Subject);
        Assert.Empty(_host.Sink.MailTo("sor@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("kari.exp@example.no"));
    }

    [Fact]
    public async Task Staff_contact_data_with_an_unknown_role_is_refused_naming_the_field()
    {
        var response = await _host.Client(Roles.Admin).PutAsJsonAsync($"/api/notifications/staff/{Guid.NewGuid()}",
            new StaffContactRequest("X", "x@example.no", null, "nb", ["Wizard"], null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("roles[0]", await response.Content.ReadAsStringAsync());
    }
}
