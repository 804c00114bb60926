using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Alerts;
using CareServices.Notifications.Api.Api;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Notifications.Tests;

/// <summary>
/// Missed-visit escalation on a controlled clock: planners at once, contact person and unit leaders after 15 minutes,
/// relatives after 30, stopped by an acknowledgement. Each test has its own host, because it moves the clock.
/// </summary>
public sealed class EscalationTests : IAsyncLifetime
{
    private NotificationsHost _host = null!;
    private string _zone = "";

    public async Task InitializeAsync()
    {
        _host = await NotificationsHost.StartAsync();
        _zone = $"Zone-{Guid.NewGuid():N}";
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Staff => _host.Client(Roles.Planner);

    private static VisitMissed Missed(RecipientRegistered recipient, Guid? visitId = null) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        VisitId = visitId ?? Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Date = new DateOnly(2026, 12, 7),
        WindowStart = OtherEvents.Oslo(7, 9, 30),
        StaffIds = [Guid.NewGuid()],
    };

    private async Task<AlertResponse> AlertOfAsync(Guid visitId)
    {
        AlertResponse? alert = null;
        Assert.True(await Eventually.UntilAsync(async () =>
            (alert = (await Staff.GetFromJsonAsync<List<AlertResponse>>("/api/notifications/alerts"))!.SingleOrDefault(a => a.VisitId == visitId)) is not null),
            "no alert was raised");
        return alert!;
    }

    private Task<AlertResponse?> GetAsync(Guid id) => Staff.GetFromJsonAsync<AlertResponse>($"/api/notifications/alerts/{id}");

    /// <summary>Moves the clock and runs an escalation round on it (the background rounds see the same clock).</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        _host.Clock.Advance(by);
        await _host.Factory.Services.GetRequiredService<EscalationWorker>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<RecipientRegistered> RecipientWithStaffAsync()
    {
        await _host.StaffContactAsync(Guid.NewGuid(), "Petter Planlegger", "petter@steigen.kommune.no", Roles.Planner, _zone);
        await _host.StaffContactAsync(Guid.NewGuid(), "Anna Annensone", "anna@steigen.kommune.no", Roles.Planner, _zone + "-other");
        await _host.StaffContactAsync(Guid.NewGuid(), "Ulla Leder", "ulla@steigen.kommune.no", Roles.UnitLeader, _zone);
        var contact = Guid.NewGuid();
        await _host.StaffContactAsync(contact, "Kim Kontakt", "kim@steigen.kommune.no", Roles.CareWorker, _zone);
        var registered = await _host.RecipientInZoneAsync("nb", _zone, Events.Relative("Kari", email: "kari@example.no"));
        await _host.PublishAsync(OtherEvents.Contacts(registered, contact, contact));
        await _host.ContactsKnownAsync(registered.RecipientId, contact, contact);
        return registered;
    }

    private Task<bool> MailArrivesAsync(string address, int count = 1) =>
        Eventually.UntilAsync(() => Task.FromResult(_host.Sink.MailTo(address).Count == count));

    [Fact]
    public async Task A_missed_visit_alerts_the_zones_planner_at_once_then_contact_person_and_unit_leader_after_15_minutes_then_relatives_after_30()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);

        await _host.PublishAsync(missed);

        Assert.True(await MailArrivesAsync("petter@steigen.kommune.no"), "the planner was not alerted");
        var alert = await AlertOfAsync(missed.VisitId);
        var toPlanner = _host.Sink.MailTo("petter@steigen.kommune.no").Single();
        Assert.Equal("HASTER: Besøket hos Ola Nordmann kl. 09:30 er ikke startet", toPlanner.Subject);
        Assert.Contains(alert.Id.ToString(), toPlanner.TextBody);
        Assert.Empty(_host.Sink.MailTo("anna@steigen.kommune.no"));

        await AdvanceAsync(TimeSpan.FromMinutes(14));
        Assert.Single((await GetAsync(alert.Id))!.Steps);
        Assert.Empty(_host.Sink.MailTo("ulla@steigen.kommune.no"));

        await AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.True(await MailArrivesAsync("ulla@steigen.kommune.no"), "the unit leader was not alerted after 15 minutes");
        Assert.True(await MailArrivesAsync("kim@steigen.kommune.no"), "the contact person was not alerted after 15 minutes");
        Assert.Empty(_host.Sink.MailTo("kari@example.no"));

        await AdvanceAsync(TimeSpan.FromMinutes(15));
        Assert.True(await MailArrivesAsync("kari@example.no"), "the relative was not alerted after 30 minutes");
        Assert.Equal("Hjemmetjenesten har ikke kommet til Ola Nordmann", _host.Sink.MailTo("kari@example.no").Single().Subject);

        var steps = (await GetAsync(alert.Id))!;
        Assert.Equal(["planners", "contactPersonAndUnitLeaders", "relatives"], steps.Steps.Select(s => s.Level));
        Assert.Equal([1, 2, 1], steps.Steps.Select(s => s.PeopleTold));
        Assert.Equal([alert.RaisedAt, alert.RaisedAt.AddMinutes(15), alert.RaisedAt.AddMinutes(30)], steps.Steps.Select(s => s.TakenAt));
        Assert.Null(steps.NextStepAt);
        Assert.Single(_host.Sink.MailTo("petter@steigen.kommune.no"));
    }

    [Fact]
    public async Task Acknowledging_stops_the_chain_and_acknowledging_twice_is_a_409()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);
        await _host.PublishAsync(missed);
        var alert = await AlertOfAsync(missed.VisitId);
        var planner = Guid.NewGuid();
        var client = _host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.Planner, staffId: planner));

        var first = await client.PostAsync($"/api/notifications/alerts/{alert.Id}/acknowledge", null);
        await AdvanceAsync(TimeSpan.FromMinutes(31));
        var second = await client.PostAsync($"/api/notifications/alerts/{alert.Id}/acknowledge", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(planner.ToString(), (await first.Content.ReadFromJsonAsync<AlertResponse>())!.AcknowledgedBy);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already acknowledged", await second.Content.ReadAsStringAsync());
        var after = (await GetAsync(alert.Id))!;
        Assert.Single(after.Steps);
        Assert.Null(after.NextStepAt);
        Assert.Empty(_host.Sink.MailTo("ulla@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("kari@example.no"));
        Assert.DoesNotContain((await Staff.GetFromJsonAsync<List<AlertResponse>>("/api/notifications/alerts"))!, a => a.Id == alert.Id);
    }

    [Fact]
    public async Task The_same_missed_visit_reported_twice_raises_one_alert_and_one_message()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);

        await _host.PublishAsync(missed);
        await _host.PublishAsync(missed with { EventId = Guid.NewGuid() });

        await _host.ConsumedAsync(missed.EventId);
        Assert.True(await MailArrivesAsync("petter@steigen.kommune.no"));
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = _host.Db();
            return db.Set<ServiceDefaults.Outbox.InboxMessage>().Count(m => m.Consumer == "VisitMissedConsumer") == 2;
        }), "the second report was never consumed");
        await AlertOfAsync(missed.VisitId);
        Assert.Single(_host.Sink.MailTo("petter@steigen.kommune.no"));
    }

    [Fact]
    public async Task Acknowledging_another_municipalitys_or_an_unknown_alert_is_a_404()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);
        await _host.PublishAsync(missed);
        var alert = await AlertOfAsync(missed.VisitId);

        var elsewhere = await _host.Client(Roles.Planner, municipality: "1804").PostAsync($"/api/notifications/alerts/{alert.Id}/acknowledge", null);
        var unknown = await Staff.PostAsync($"/api/notifications/alerts/{Guid.NewGuid()}/acknowledge", null);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await GetAsync(alert.Id))!.AcknowledgedAt);
    }

    private static VisitCheckedInLate CheckedInLate(VisitMissed missed, Guid staffId, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = missed.MunicipalityId,
        VisitId = missed.VisitId,
        RecipientId = missed.RecipientId,
        Date = missed.Date,
        WindowStart = missed.WindowStart,
        StaffId = staffId,
        CheckedInAt = at,
    };

    [Fact]
    public async Task A_late_check_in_stops_the_chain_and_the_alert_shows_it_resolved_by_the_check_in()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);
        await _host.PublishAsync(missed);
        var alert = await AlertOfAsync(missed.VisitId);
        await AdvanceAsync(TimeSpan.FromMinutes(10));
        var worker = missed.StaffIds[0];
        var checkedIn = CheckedInLate(missed, worker, _host.Clock.GetUtcNow());

        await _host.PublishAsync(checkedIn);

        await _host.ConsumedAsync(checkedIn.EventId);
        await AdvanceAsync(TimeSpan.FromMinutes(6));
        await AdvanceAsync(TimeSpan.FromMinutes(15));
        var after = (await GetAsync(alert.Id))!;
        Assert.Equal("resolvedByCheckIn", after.Status);
        Assert.Equal((checkedIn.CheckedInAt, worker), (after.CheckedInAt!.Value, after.CheckedInBy!.Value));
        Assert.Equal(["planners"], after.Steps.Select(s => s.Level));
        Assert.Null(after.NextStepAt);
        Assert.Empty(_host.Sink.MailTo("ulla@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("kim@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("kari@example.no"));
        Assert.DoesNotContain((await Staff.GetFromJsonAsync<List<AlertResponse>>("/api/notifications/alerts"))!, a => a.Id == alert.Id);
        var acknowledge = await Staff.PostAsync($"/api/notifications/alerts/{alert.Id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.Conflict, acknowledge.StatusCode);
        Assert.Contains("which resolved the alert", await acknowledge.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_late_check_in_that_overtakes_its_missed_visit_report_leaves_nobody_alerted()
    {
        var registered = await RecipientWithStaffAsync();
        var missed = Missed(registered);
        var checkedIn = CheckedInLate(missed, missed.StaffIds[0], NotificationsHost.Morning.AddMinutes(1));

        await _host.PublishAsync(checkedIn);
        await _host.ConsumedAsync(checkedIn.EventId);
        await _host.PublishAsync(missed);
        await _host.ConsumedAsync(missed.EventId);

        await AdvanceAsync(TimeSpan.FromMinutes(31));
        await using var db = _host.Db();
        var alert = AlertResponse.From(await db.Alerts.AsNoTracking().SingleAsync(a => a.VisitId == missed.VisitId));
        Assert.Equal("resolvedByCheckIn", alert.Status);
        Assert.Empty(alert.Steps);
        Assert.Empty(_host.Sink.MailTo("petter@steigen.kommune.no"));
        Assert.Empty(_host.Sink.MailTo("kari@example.no"));
    }
}
