using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using NationalIds = CareServices.TestSupport.NationalIds;

namespace CareServices.EndToEnd.Tests.Gateway;

[Collection(EndToEndCollection.Name)]
public sealed class RecipientRegistrationTests(AppHostFixture fixture)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> ReadModels => new()
    {
        { "scheduling", "Planner" },
        { "documentation", "Nurse" },
        { "activities", "VolunteerCoordinator" },
        { "notifications", "Admin" },
    };

    [Fact]
    public async Task A_recipient_registered_through_the_gateway_appears_in_all_four_other_services()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await RegisterAsync(caseWorker, "Kari Nordmann", new DateOnly(1938, 5, 17), "Nord-Steigen",
            new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 });
        Assert.NotEqual(Guid.Empty, recipient.Id);

        var seen = await Task.WhenAll(ReadModels.Select(row => SeenByAsync((string)row[0], (string)row[1], recipient.Id)));

        Assert.All(seen, view =>
        {
            Assert.Equal(recipient.Id, view.Id);
            Assert.Equal("Kari Nordmann", view.Name);
        });
    }

    [Fact]
    public async Task A_change_made_through_the_gateway_reaches_all_four_other_services()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await RegisterAsync(caseWorker, "Per Hansen", new DateOnly(1941, 3, 9), "Nordfold",
            new { street = "Havnegata 3", postalCode = "8286", city = "Nordfold", latitude = 67.76, longitude = 15.19 });

        using var changed = await caseWorker.PatchAsJsonAsync($"/api/assessment/recipients/{recipient.Id}",
            new { name = "Per Hansen Moe", preferredLanguage = "en" });
        Assert.True(changed.StatusCode == HttpStatusCode.OK,
            $"PATCH answered {(int)changed.StatusCode}: {await changed.Content.ReadAsStringAsync()}");

        var seen = await Task.WhenAll(ReadModels.Select(row =>
            SeenByAsync((string)row[0], (string)row[1], recipient.Id, view => view.Name == "Per Hansen Moe")));

        Assert.All(seen, view =>
        {
            Assert.Equal("Per Hansen Moe", view.Name);
            Assert.Equal("en", view.PreferredLanguage);
        });
    }

    [Fact]
    public async Task Notifications_learns_who_may_be_told_and_nobody_without_the_recipients_consent()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await RegisterAsync(caseWorker, "Anna Berg", new DateOnly(1936, 11, 2), "Leiranger",
            new { street = "Leirangveien 9", postalCode = "8294", city = "Leiranger", latitude = 67.80, longitude = 14.98 });
        var people = $"/api/assessment/recipients/{recipient.Id}/resource-persons";

        // The neighbour first: once the later event (the daughter's) is applied, the view is the final one.
        using var neighbour = await caseWorker.PostAsJsonAsync(people,
            new { name = "Ole Nabo", relation = "neighbour", phone = "+4798765432", consentToInform = false });
        using var daughter = await caseWorker.PostAsJsonAsync(people,
            new { name = "Eva Berg", relation = "daughter", phone = "+4791234567", email = "eva@example.no", consentToInform = true });
        Assert.Equal(HttpStatusCode.Created, daughter.StatusCode);
        Assert.Equal(HttpStatusCode.Created, neighbour.StatusCode);

        using var admin = await fixture.ClientForAsync("Admin");
        var view = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await admin.GetAsync($"/api/notifications/recipients/{recipient.Id}");
            var body = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<NotificationsView>() : null;
            return body is { InformedPersons.Count: > 0 } ? body : null;
        }, EventTimeout, "the resource persons reaching notifications");

        var told = Assert.Single(view.InformedPersons);
        Assert.Equal("Eva Berg", told.Name);
        Assert.Equal("daughter", told.Relation);
        Assert.Equal("eva@example.no", told.Email);
    }

    [Fact]
    public async Task Sixteen_concurrent_changes_of_one_recipient_leave_every_read_model_equal_to_Assessment_round_after_round()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await RegisterAsync(caseWorker, "Siri Lind", new DateOnly(1944, 2, 14), "Nord-Steigen",
            new { street = "Fjordveien 2", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.13 });
        var path = $"/api/assessment/recipients/{recipient.Id}";
        string[] languages = ["nb", "nn", "sv", "da", "en", "de", "pl", "fi"];

        for (var round = 0; round < 6; round++)
        {
            // Eight name changes and eight language changes at once, no If-Match: each either lands (possibly re-applied
            // to the state another one left) or is refused with 409, never lost silently.
            var changes = Enumerable.Range(0, 16).Select(i => i % 2 == 0
                ? JsonContent.Create(new { name = $"Siri Lind {round}-{i}" })
                : JsonContent.Create(new { preferredLanguage = languages[(i / 2 + round) % languages.Length] }));
            var answers = await Task.WhenAll(changes.Select(async body =>
            {
                using var response = await caseWorker.PatchAsync(path, body);
                return response.StatusCode;
            }));
            Assert.All(answers, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"PATCH answered {(int)status}"));
            Assert.Contains(HttpStatusCode.OK, answers);

            var truth = await caseWorker.GetFromJsonAsync<RecipientView>(path);
            Assert.NotNull(truth);
            var seen = await Task.WhenAll(ReadModels.Select(row => SeenByAsync((string)row[0], (string)row[1], recipient.Id,
                view => view.Name == truth.Name && view.PreferredLanguage == truth.PreferredLanguage)));
            Assert.All(seen, view => Assert.Equal((truth.Name, truth.PreferredLanguage), (view.Name, view.PreferredLanguage)));
        }
    }

    private static async Task<RecipientView> RegisterAsync(HttpClient caseWorker, string name, DateOnly birthDate, string zone, object address)
    {
        using var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name,
            birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            nationalId = NationalIds.For(birthDate),
            address,
            zone,
            preferredLanguage = "nb",
        });
        Assert.True(registered.StatusCode == HttpStatusCode.Created,
            $"POST /api/assessment/recipients answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
        var recipient = await registered.Content.ReadFromJsonAsync<RecipientView>();
        Assert.NotNull(recipient);
        return recipient;
    }

    /// <summary>
    /// Polls the service's read model through the gateway until the event has arrived (404 until then) and, when
    /// given, the view shows what the test waits for.
    /// </summary>
    private async Task<RecipientView> SeenByAsync(string service, string role, Guid id, Func<RecipientView, bool>? until = null)
    {
        using var client = await fixture.ClientForAsync(role);
        return await Eventually.ReturnsAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/{service}/recipients/{id}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            // Anything but 200 or 404 (401, 403, 5xx) will not heal by waiting: fail at once with what was said.
            return response.StatusCode == HttpStatusCode.OK
                ? await response.Content.ReadFromJsonAsync<RecipientView>() is { } view && (until is null || until(view)) ? view : null
                : throw new InvalidOperationException(
                    $"GET /api/{service}/recipients/{id} as {role} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, EventTimeout, $"RecipientRegistered reaching {service}");
    }

    private sealed record RecipientView(Guid Id, string Name, string? PreferredLanguage);

    private sealed record NotificationsView(Guid Id, IReadOnlyList<InformedPersonView> InformedPersons);

    private sealed record InformedPersonView(string Name, string Relation, string? Phone, string? Email);
}
