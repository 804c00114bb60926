using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.Organisers;
using CareServices.ServiceDefaults.Json;

namespace CareServices.Activities.Tests.Support;

/// <summary>Requests and responses in the API's own records, serialised as the service does (camelCase enums).</summary>
public static class Http
{
    public static readonly JsonSerializerOptions Json = JsonExtensions.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string path, T body) =>
        client.PostAsJsonAsync(path, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string path, T body) =>
        client.PutAsJsonAsync(path, body, Json);

    /// <summary>The field names a ProblemDetails' <c>errors</c> names.</summary>
    public static async Task<IReadOnlyList<string>> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateObject().Select(e => e.Name)]
            : [];
    }

    public static async Task<Guid> OrganiserAsync(HttpClient coordinator, string name = "Steigen frivilligsentral") =>
        (await (await coordinator.PostJsonAsync("/api/activities/organisers",
            new OrganiserRequest(name, "volunteerCentre", "Kari Nordmann", "+47 75 77 88 00"))).ReadAsync<OrganiserResponse>()).Id;

    /// <summary>A valid activity request; tests change what they test with <c>with</c>.</summary>
    public static ActivityRequest Activity(Guid organiserId, DateTime start, string? recurrence = null, int? capacity = null, string category = "cafe") => new(
        organiserId, "Kafé på Steigentunet", category, "Kaffe, vafler og prat", null,
        new PlaceDto("Steigentunet", "Leinesfjord", 67.78, 15.05, true, true),
        start, start.AddHours(2), "Europe/Oslo", recurrence, capacity, false, 0m, "nb");

    public static async Task<ActivityResponse> PublishAsync(HttpClient coordinator, ActivityRequest request) =>
        await (await coordinator.PostJsonAsync("/api/activities/activities", request)).ReadAsync<ActivityResponse>();
}
