using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Tests.Recipients;

public sealed class RecipientsApiTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Path = "/api/assessment/recipients";

    [Fact]
    public async Task Registering_a_recipient_stores_it_and_writes_RecipientRegistered_to_the_outbox()
    {
        var client = host.Client(Roles.CaseWorker);
        var nationalId = Support.Recipients.NextNorwegianId();

        var response = await client.PostAsJsonAsync(Path, Support.Recipients.Registration(nationalId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("applicant", created.GetProperty("status").GetString());
        var fetched = await client.GetFromJsonAsync<JsonElement>($"{Path}/{id}");
        Assert.Equal("Kari Nordmann", fetched.GetProperty("name").GetString());

        var outbox = await host.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.AggregateId == id.ToString()).ToListAsync());
        var message = Assert.Single(outbox);
        Assert.Equal("urn:message:careservices:assessment:recipient-registered:v1", message.MessageType);
        Assert.Equal("CareServices.Contracts.Assessment:RecipientRegistered", message.Destination);
        Assert.DoesNotContain(nationalId, message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        var response = await host.Anonymous().PostAsJsonAsync(Path, Support.Recipients.Registration(Support.Recipients.NextNorwegianId()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_with_401()
    {
        var forged = host.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.CaseWorker, signingKey: Convert.ToBase64String(new byte[32])));

        var response = await forged.GetAsync($"{Path}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_care_worker_may_not_register_recipients()
    {
        var response = await host.Client(Roles.CareWorker).PostAsJsonAsync(Path, Support.Recipients.Registration(Support.Recipients.NextNorwegianId()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_invalid_national_id_is_a_400_naming_the_field_and_the_check_and_nothing_is_written()
    {
        var outboxBefore = await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());

        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, Support.Recipients.Registration("17053810161"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var rule = (await Support.Recipients.ErrorsAsync(response)).GetProperty("nationalId")[0].GetString();
        Assert.Equal("check digits do not match (mod 11) (Norwegian fødselsnummer or D-number)", rule);
        Assert.Equal(0, await host.WithDbAsync(db => db.Recipients.CountAsync(r => r.NationalIdHash == host.NationalIdHash("17053810161"))));
        Assert.Equal(outboxBefore, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task Missing_fields_are_each_named_with_their_rule()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, new
        {
            name = "",
            birthDate = "1938-05-17",
            nationalId = Support.Recipients.NextNorwegianId(),
            address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 95.0, longitude = 15.12 },
            zone = "Nord-Steigen",
            preferredLanguage = "xx",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(response);
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("address.latitude", out _));
        Assert.True(errors.TryGetProperty("preferredLanguage", out _));
        Assert.False(errors.TryGetProperty("nationalId", out _));
    }

    [Fact]
    public async Task An_unknown_zone_is_a_400_naming_zone_and_the_known_zones()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, Support.Recipients.Registration(Support.Recipients.NextNorwegianId(), zone: "Bodø sentrum"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rule = (await Support.Recipients.ErrorsAsync(response)).GetProperty("zone")[0].GetString();
        Assert.Contains("is not a zone of Steigen", rule, StringComparison.Ordinal);
        Assert.Contains("Nordfold", rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_national_id_that_does_not_match_the_birth_date_is_rejected()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync(Path, Support.Recipients.Registration(Support.Recipients.NextNorwegianId("180538")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("does not match birthDate", (await Support.Recipients.ErrorsAsync(response)).GetProperty("nationalId")[0].GetString());
    }

    [Fact]
    public async Task Registering_the_same_national_id_twice_is_a_409_naming_the_existing_recipient_and_publishes_nothing_more()
    {
        var client = host.Client(Roles.CaseWorker);
        var nationalId = Support.Recipients.NextNorwegianId();
        var first = await client.PostAsJsonAsync(Path, Support.Recipients.Registration(nationalId));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var second = await client.PostAsJsonAsync(Path, Support.Recipients.Registration(nationalId));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingId").GetGuid());
        Assert.Equal(1, await host.WithDbAsync(db => db.Recipients.CountAsync(r => r.NationalIdHash == host.NationalIdHash(nationalId))));
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.AggregateId == id.ToString())));
    }

    [Fact]
    public async Task A_recipient_of_another_municipality_is_not_found()
    {
        var id = await Support.Recipients.RegisterAsync(host.Client(Roles.CaseWorker, municipality: "1848"));

        var response = await host.Client(Roles.CaseWorker, municipality: "0301").GetAsync($"{Path}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_is_paged_and_filtered_by_zone_and_status_without_national_ids()
    {
        var caseWorker = host.Client(Roles.CaseWorker, municipality: "0301");
        var south = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            south.Add(await Support.Recipients.RegisterAsync(caseWorker, "Gamle Oslo sør"));
        }
        var north = await Support.Recipients.RegisterAsync(caseWorker, "Gamle Oslo nord");
        Assert.Equal(HttpStatusCode.OK, (await caseWorker.PostAsJsonAsync($"{Path}/{south[0]}/status", new { status = "active" })).StatusCode);
        var planner = host.Client(Roles.Planner, municipality: "0301");

        var page1 = await planner.GetFromJsonAsync<JsonElement>($"{Path}?zone=Gamle%20Oslo%20s%C3%B8r&pageSize=2&page=1");
        var page2 = await planner.GetFromJsonAsync<JsonElement>($"{Path}?zone=Gamle%20Oslo%20s%C3%B8r&pageSize=2&page=2");
        var active = await planner.GetFromJsonAsync<JsonElement>($"{Path}?status=active");

        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        var ids = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(south.Order(), ids.Order());
        Assert.DoesNotContain(north, ids);
        Assert.False(page1.GetProperty("items")[0].TryGetProperty("nationalId", out _));
        Assert.Equal(south[0], Assert.Single(active.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Listing_by_an_unknown_zone_or_status_is_a_400_naming_the_filter()
    {
        var planner = host.Client(Roles.Planner);

        var zone = await planner.GetAsync($"{Path}?zone=Atlantis");
        var status = await planner.GetAsync($"{Path}?status=sleeping");

        Assert.Equal(HttpStatusCode.BadRequest, zone.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(zone)).TryGetProperty("zone", out _));
        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(status)).TryGetProperty("status", out _));
    }

    [Fact]
    public async Task A_relative_may_not_list_recipients()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Roles.Relative).GetAsync(Path)).StatusCode);
    }
}
