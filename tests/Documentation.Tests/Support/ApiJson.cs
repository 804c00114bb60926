using System.Net.Http.Json;
using System.Text.Json;
using CareServices.ServiceDefaults.Json;

namespace CareServices.Documentation.Tests.Support;

/// <summary>Reads responses into the API's own records with the service's JSON rules (camelCase, enums as strings).</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = JsonExtensions.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Options))!;

    public static async Task<T> GetAsync<T>(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<T>(path, Options))!;
}
