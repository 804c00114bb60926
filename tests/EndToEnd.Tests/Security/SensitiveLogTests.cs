using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using NationalIds = CareServices.TestSupport.NationalIds;

namespace CareServices.EndToEnd.Tests.Security;

/// <summary>
/// National ids and key codes pass through the gateway, Assessment, the bus and every service's consumers: none of
/// them may appear in any resource's log, whether the request succeeds, is refused, or changes the code.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SensitiveLogTests(AppHostFixture fixture)
{
    private static readonly (string Service, string Role)[] ReadModels =
        [("scheduling", "Planner"), ("documentation", "Nurse"), ("activities", "VolunteerCoordinator"), ("notifications", "Admin")];

    [Fact]
    public async Task No_resource_logs_a_national_id_or_key_code_it_was_given()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var birthDate = new DateOnly(1944, 2, 11);
        var nationalId = NationalIds.For(birthDate);
        var firstCode = "Kq" + RandomDigits(8);
        var secondCode = "Zx" + RandomDigits(8);

        using var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Astrid Vik",
            birthDate = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            nationalId,
            address = new { street = "Vikaveien 4", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.11 },
            zone = "Nord-Steigen",
            preferredLanguage = "nb",
            keyArrangement = new { kind = "keyBox", code = firstCode, location = "Key box by the back door" },
        });
        Assert.True(registered.StatusCode == HttpStatusCode.Created,
            $"registration answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
        var id = (await registered.Content.ReadFromJsonAsync<Created>())!.Id;

        // A second registration with the same id is refused; so is a malformed one that carries a code.
        using var duplicate = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Astrid Vik",
            birthDate = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            nationalId,
            address = new { street = "Vikaveien 4", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.11 },
            zone = "Nord-Steigen",
        });
        Assert.True((int)duplicate.StatusCode is >= 400 and < 500, $"a duplicate national id answered {(int)duplicate.StatusCode}");
        var malformedId = nationalId[..10] + (char)('0' + ((nationalId[10] - '0' + 1) % 10));
        using var malformed = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Astrid Vik",
            birthDate = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            nationalId = malformedId,
            zone = "Nord-Steigen",
            keyArrangement = new { kind = "none", code = secondCode },
        });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        // The code changes, and the change travels to every service.
        using var changed = await caseWorker.PatchAsJsonAsync($"/api/assessment/recipients/{id}",
            new { name = "Astrid Vik Berg", keyArrangement = new { kind = "keyBox", code = secondCode, location = "Key box by the front door" } });
        Assert.True(changed.IsSuccessStatusCode, $"the change answered {(int)changed.StatusCode}: {await changed.Content.ReadAsStringAsync()}");
        foreach (var (service, role) in ReadModels)
        {
            using var reader = await fixture.ClientForAsync(role);
            await Eventually.ReturnsAsync(async () =>
            {
                using var response = await reader.GetAsync($"/api/{service}/recipients/{id}");
                return response.StatusCode == HttpStatusCode.OK && await response.Content.ReadFromJsonAsync<Created>() is { Name: "Astrid Vik Berg" } view
                    ? view
                    : null;
            }, TimeSpan.FromSeconds(60), $"the change reaching {service}");
        }

        string[] secrets = [nationalId, malformedId, firstCode, secondCode, .. NationalIds.Issued];
        var leaks = fixture.Logs.Lines
            .SelectMany(line => secrets.Where(secret => line.Text.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{line.Resource}: {Mask(secret)}"))
            .Distinct()
            .ToList();
        // The scan reads each service's own output (the same lines the dashboard's console logs show).
        Assert.All(AppHostFixture.Services, service => Assert.Contains(fixture.Logs.Lines, line => line.Resource == service));
        Assert.True(leaks.Count == 0, "logged in clear: " + string.Join("; ", leaks));
    }

    private static string RandomDigits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + Random.Shared.Next(10))));

    /// <summary>The failure message names what leaked without repeating it whole.</summary>
    private static string Mask(string secret) => secret[..2] + new string('*', secret.Length - 2);

    private sealed record Created(Guid Id, string? Name);
}
