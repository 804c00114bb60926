using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Tests.Recipients;

public sealed class RecipientChangesTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Path = "/api/assessment/recipients";

    [Fact]
    public async Task An_update_publishes_RecipientUpdated_once_naming_what_changed_and_carrying_the_new_state()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var response = await client.PatchAsJsonAsync($"{Path}/{id}", new
        {
            zone = "nordfold",
            address = new { street = "Fjordveien 2", postalCode = "8286", city = "Nordfold", latitude = 67.76, longitude = 15.19 },
            preferredLanguage = "nb",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = Assert.Single(await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id));
        Assert.Equal(["address", "zone"], updated.Changes.Order());
        Assert.Equal("Nordfold", updated.Zone);
        Assert.Equal("Fjordveien 2", updated.Address.Street);
        Assert.Equal("applicant", updated.Status);
        Assert.Single(host.Events.MessageIds<RecipientUpdatedV2>(), messageId => messageId == updated.EventId);
        Assert.Single(await host.Events.WaitForAsync<RecipientRegistered>(e => e.RecipientId == id));
    }

    [Fact]
    public async Task An_update_that_changes_nothing_publishes_nothing()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var response = await client.PatchAsJsonAsync($"{Path}/{id}", new { zone = "Nord-Steigen", preferredLanguage = "nb" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.AggregateId == id.ToString())));
    }

    [Fact]
    public async Task An_update_to_an_unknown_zone_is_refused_and_nothing_is_published()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var response = await client.PatchAsJsonAsync($"{Path}/{id}", new { zone = "Atlantis", livesAlone = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("zone", out _));
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.AggregateId == id.ToString())));
        Assert.False(await host.WithDbAsync(db => db.Recipients.Where(r => r.Id == id).Select(r => r.LivesAlone).SingleAsync()));
    }

    [Fact]
    public async Task Status_moves_only_along_the_lifecycle()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var paused = await client.PostAsJsonAsync($"{Path}/{id}/status", new { status = "paused" });
        var active = await client.PostAsJsonAsync($"{Path}/{id}/status", new { status = "active" });
        var pausedNow = await client.PostAsJsonAsync($"{Path}/{id}/status", new { status = "paused" });
        var ended = await client.PostAsJsonAsync($"{Path}/{id}/status", new { status = "ended" });
        var backToPaused = await client.PostAsJsonAsync($"{Path}/{id}/status", new { status = "paused" });

        Assert.Equal(HttpStatusCode.Conflict, paused.StatusCode);
        Assert.Contains("applicant can only become: active, ended", (await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pausedNow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, backToPaused.StatusCode);
        var statuses = (await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id, 3)).Select(e => e.Status).ToList();
        Assert.Equal(["active", "paused", "ended"], statuses);
    }

    [Fact]
    public async Task A_key_code_is_encrypted_at_rest_never_returned_by_the_api_and_given_only_to_Schedulings_client_credential_with_a_journal_entry()
    {
        var client = host.Client(Roles.CaseWorker);
        var registered = await client.PostAsJsonAsync(Path, Support.Recipients.Registration(
            Support.Recipients.NextNorwegianId(), extra: new { kind = "keyBox", code = "4711", location = "left of the door" }));
        var body = await registered.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.DoesNotContain("4711", body, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("keyArrangement").GetProperty("hasCode").GetBoolean());
        var stored = await host.WithDbAsync(db => db.Recipients.Where(r => r.Id == id).Select(r => r.KeyArrangement.ProtectedCode).SingleAsync());
        Assert.DoesNotContain("4711", stored!, StringComparison.Ordinal);
        Assert.DoesNotContain("4711", string.Concat(await host.WithDbAsync(db => db.Set<OutboxMessage>().Select(m => m.Payload).ToListAsync())), StringComparison.Ordinal);

        var staffId = Guid.NewGuid();
        var internalPath = $"/internal/assessment/recipients/{id}/key-arrangement?municipality=1848&staffId={staffId}";
        var scheduling = host.Factory.CreateClient();
        scheduling.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Sign(TestTokens.Descriptor(
            [new Claim(ClaimNames.Subject, "scheduling"), new Claim(ClaimNames.ClientId, "scheduling"), new Claim(ClaimNames.Role, AssessmentPolicies.KeyCodeClientRole)])));
        var service = await scheduling.GetFromJsonAsync<JsonElement>(internalPath);
        var otherMunicipality = await scheduling.GetAsync($"/internal/assessment/recipients/{id}/key-arrangement?municipality=1804&staffId={staffId}");
        var withoutStaff = await scheduling.GetAsync($"/internal/assessment/recipients/{id}/key-arrangement?municipality=1848");
        var careWorker = await host.Client(Roles.CareWorker, subject: "hfa-ola").GetAsync(internalPath);
        var planner = await host.Client(Roles.Planner).GetAsync(internalPath);
        var caseWorker = await client.GetAsync(internalPath);

        Assert.Equal("4711", service.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherMunicipality.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutStaff.StatusCode);
        Assert.Contains("staffId", await withoutStaff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, careWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, planner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseWorker.StatusCode);
        var journal = await host.WithDbAsync(db => db.AccessRecords.Where(r => r.RecipientId == id).ToListAsync());
        var entry = Assert.Single(journal);
        Assert.Equal(($"staff:{staffId}", "client:scheduling", "keyCode"), (entry.Subject, entry.Role, entry.What));
    }

    [Fact]
    public async Task Registering_with_home_details_announces_that_they_were_set_in_a_RecipientUpdatedV2_after_RecipientRegistered_without_the_details()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, Support.Recipients.Registration(
            Support.Recipients.NextNorwegianId(), extra: new { kind = "digitalLock", location = "Lock panel behind the blue door" }));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var updated = Assert.Single(await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id));
        Assert.Equal(["homeNotes", "keyArrangement", "livesAlone"], updated.Changes.Order());
        var outbox = await host.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.AggregateId == id.ToString())
            .OrderBy(m => m.Sequence).ToListAsync());
        Assert.Collection(outbox.Select(m => m.MessageType),
            first => Assert.Contains("recipient-registered", first, StringComparison.Ordinal),
            second => Assert.Contains("recipient-updated:v2", second, StringComparison.Ordinal));
        // What the bus, its error queues and the outbox table carry: none of the care-sensitive details.
        Assert.All(outbox, message =>
        {
            foreach (var detail in new[] { "digitalLock", "Lock panel behind the blue door", "walker", "\"cat\"", "livesAlone\":", "homeNotes\":", "keyLocation" })
            {
                Assert.DoesNotContain(detail, message.Payload, StringComparison.OrdinalIgnoreCase);
            }
        });
        Assert.Empty(host.Events.MessageIds<RecipientUpdated>());
    }

    [Fact]
    public async Task A_key_box_without_a_code_is_refused_naming_the_field()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, Support.Recipients.Registration(
            Support.Recipients.NextNorwegianId(), extra: new { kind = "keyBox" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("keyArrangement.code", out _));
    }

    [Fact]
    public async Task Resource_persons_are_told_about_changes_only_with_the_recipients_consent()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var daughter = await client.PostAsJsonAsync($"{Path}/{id}/resource-persons",
            new { name = "Siri Nordmann", relation = "daughter", phone = "+47 912 34 567", consentToInform = true });
        var neighbour = await client.PostAsJsonAsync($"{Path}/{id}/resource-persons",
            new { name = "Per Hansen", relation = "neighbour", phone = "75 77 88 99", consentToInform = false });
        var invalid = await client.PostAsJsonAsync($"{Path}/{id}/resource-persons", new { name = "No Contact", relation = "friend" });

        Assert.Equal(HttpStatusCode.Created, daughter.StatusCode);
        Assert.Equal(HttpStatusCode.Created, neighbour.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(invalid);
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("consentToInform", out _));
        var events = await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id, 2);
        var latest = events.OrderBy(e => e.OccurredAt).Last();
        Assert.All(events, e => Assert.Equal(["resourcePersons"], e.Changes));
        Assert.Equal("Siri Nordmann", Assert.Single(latest.InformedResourcePersons).Name);
        var recipient = await client.GetFromJsonAsync<JsonElement>($"{Path}/{id}");
        Assert.Equal(2, recipient.GetProperty("resourcePersons").GetArrayLength());
    }
}
