using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.TestSupport;

namespace CareServices.Assessment.Tests.Support;

/// <summary>Requests that create test recipients; each call uses a national id no other test in the class uses.</summary>
public static class Recipients
{
    private static int _serial = 100;

    public static string NextNorwegianId(string ddmmyy = "170538") =>
        NationalIds.Make(ddmmyy, Interlocked.Add(ref _serial, 3));

    public static object Registration(string nationalId, string zone = "Nord-Steigen", string birthDate = "1938-05-17", string language = "nb", object? extra = null) => new
    {
        name = "Kari Nordmann",
        birthDate,
        nationalId,
        address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
        zone,
        preferredLanguage = language,
        livesAlone = extra is null ? (bool?)null : true,
        homeNotes = extra is null ? null : new { pets = "cat", smoking = false, aids = "walker", other = (string?)null },
        keyArrangement = extra,
    };

    public static async Task<Guid> RegisterAsync(HttpClient caseWorker, string? zone = null, string language = "nb")
    {
        var response = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration(NextNorwegianId(), zone ?? "Nord-Steigen", language: language));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
}
