using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.ContactPersons;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Scheduling.Tests;

public sealed class ContactPersonTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_primary_at_the_caseload_limit_is_refused_with_409_and_not_suggested()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var busy = await _host.RegisterStaffAsync(zone, ["healthWorker"], "Busy");
        var free = await _host.RegisterStaffAsync(zone, ["healthWorker"], "Free");
        for (var i = 0; i < 4; i++)
        {
            var recipient = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);
            (await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{recipient}/contact-persons", new { primaryStaffId = busy })).EnsureSuccessStatusCode();
        }
        var fifth = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);

        var refused = await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{fifth}/contact-persons", new { primaryStaffId = busy });
        var suggestions = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{fifth}/contact-person-suggestions");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("primaryStaffId", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        var ids = suggestions.EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ToList();
        Assert.DoesNotContain(busy, ids);
        Assert.Equal(free, ids[0]);
        Assert.NotEmpty(suggestions[0].GetProperty("reasons").EnumerateArray());
        Assert.Equal(4, await _host.OutboxCountAsync<ContactPersonAssigned>(p => p.Contains(busy.ToString())));
    }

    [Fact]
    public async Task Concurrent_changes_of_one_recipients_contact_persons_publish_versions_one_after_another_without_a_duplicate()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        Guid[] staff = [await _host.RegisterStaffAsync(zone, ["nurse"], "Anne"), await _host.RegisterStaffAsync(zone, ["nurse"], "Bodil"), await _host.RegisterStaffAsync(zone, ["nurse"], "Cato")];
        var recipient = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{recipient}/contact-persons", new { primaryStaffId = staff[i % 3], secondaryStaffId = staff[(i + 1) % 3] })));
        var assigned = ContractRoute.For(typeof(ContactPersonAssigned)).MessageType;
        var versions = (await _host.InDbAsync(db => db.Set<OutboxMessage>().Where(m => m.AggregateId == recipient.ToString() && m.MessageType == assigned).Select(m => m.Payload).ToListAsync()))
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("aggregateVersion").GetInt32()).Order().ToList();
        var stored = await _host.InDbAsync(db => db.ContactAssignments.Where(a => a.RecipientId == recipient).Select(a => a.Version).SingleAsync());

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var applied = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.True(applied >= 2, $"only {applied} of the concurrent changes applied");
        Assert.Equal(Enumerable.Range(1, applied), versions);
        Assert.Equal(applied, stored);
    }

    [Fact]
    public async Task The_secondary_takes_over_when_the_primary_is_away_more_than_four_weeks_and_hands_back_on_return()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var primary = await _host.RegisterStaffAsync(zone, ["nurse"], "Primary");
        var secondary = await _host.RegisterStaffAsync(zone, ["nurse"], "Secondary");
        var recipient = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);
        (await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{recipient}/contact-persons", new { primaryStaffId = primary, secondaryStaffId = secondary })).EnsureSuccessStatusCode();
        var job = _host.App.Services.GetRequiredService<ContactTakeoverJob>();
        // Two absences back to back: 20 + 15 days count as one absence of 35 days.
        await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{primary}/absences", new { kind = "sick", firstDay = "2026-03-23", lastDay = "2026-04-11" });
        await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{primary}/absences", new { kind = "sick", firstDay = "2026-04-12", lastDay = "2026-04-26" });

        await job.RunOnceAsync(CancellationToken.None);
        var during = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{recipient}");
        // Counted before the clock moves on: the outbox clears sent rows after a while.
        Assert.Equal(1, await _host.OutboxCountAsync<ContactPersonAssigned>(p => p.Contains(recipient.ToString()) && p.Contains("secondaryTakeover")));
        _host.Clock.Advance(TimeSpan.FromDays(36));
        await job.RunOnceAsync(CancellationToken.None);
        var after = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{recipient}");

        Assert.Equal(secondary, during.GetProperty("actingContact").GetProperty("staffId").GetGuid());
        Assert.Equal(primary, during.GetProperty("primaryContact").GetProperty("staffId").GetGuid());
        Assert.Equal(primary, after.GetProperty("actingContact").GetProperty("staffId").GetGuid());
        Assert.Equal(1, await _host.OutboxCountAsync<ContactPersonAssigned>(p => p.Contains(recipient.ToString()) && p.Contains("primaryReturned")));
    }

    [Fact]
    public async Task Two_takeover_runs_at_once_announce_the_takeover_once()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var primary = await _host.RegisterStaffAsync(zone, ["nurse"], "Primary");
        var secondary = await _host.RegisterStaffAsync(zone, ["nurse"], "Secondary");
        var recipient = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);
        (await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{recipient}/contact-persons", new { primaryStaffId = primary, secondaryStaffId = secondary })).EnsureSuccessStatusCode();
        (await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{primary}/absences", new { kind = "sick", firstDay = "2026-03-23", lastDay = "2026-05-01" })).EnsureSuccessStatusCode();
        var job = _host.App.Services.GetRequiredService<ContactTakeoverJob>();

        // As two replicas' hourly runs would meet: the one that loses the race finds the takeover done.
        await Task.WhenAll(job.RunOnceAsync(CancellationToken.None), job.RunOnceAsync(CancellationToken.None));

        var acting = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{recipient}");
        Assert.Equal(secondary, acting.GetProperty("actingContact").GetProperty("staffId").GetGuid());
        Assert.Equal(1, await _host.OutboxCountAsync<ContactPersonAssigned>(p => p.Contains(recipient.ToString()) && p.Contains("secondaryTakeover")));
        Assert.Equal(2, await _host.InDbAsync(db => db.ContactAssignments.Where(a => a.RecipientId == recipient).Select(a => a.Version).SingleAsync()));
    }

    [Fact]
    public async Task An_absence_of_four_weeks_exactly_does_not_hand_the_recipient_to_the_secondary()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var primary = await _host.RegisterStaffAsync(zone, ["nurse"], "Primary");
        var secondary = await _host.RegisterStaffAsync(zone, ["nurse"], "Secondary");
        var recipient = await _host.RegisterRecipientAsync(zone, 67.7, 15.2);
        (await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{recipient}/contact-persons", new { primaryStaffId = primary, secondaryStaffId = secondary })).EnsureSuccessStatusCode();
        await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{primary}/absences", new { kind = "holiday", firstDay = "2026-03-23", lastDay = "2026-04-19" });

        await _host.App.Services.GetRequiredService<ContactTakeoverJob>().RunOnceAsync(CancellationToken.None);

        var during = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/recipients/{recipient}");
        Assert.Equal(primary, during.GetProperty("actingContact").GetProperty("staffId").GetGuid());
    }
}
