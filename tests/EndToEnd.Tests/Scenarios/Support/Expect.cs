using System.Net;
using System.Net.Http.Json;

namespace CareServices.EndToEnd.Tests.Scenarios.Support;

/// <summary>Status assertions that show what the service answered, so a failing scenario says why.</summary>
public static class Expect
{
    public static async Task StatusAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{what} answered {(int)response.StatusCode} (expected {(int)expected}): {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<T> JsonAsync<T>(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        await StatusAsync(response, expected, what);
        var body = await response.Content.ReadFromJsonAsync<T>();
        Assert.NotNull(body);
        return body;
    }

    /// <summary>
    /// For polling: null while the service answers <paramref name="notYet"/> (the event has not arrived), the body
    /// once it answers <paramref name="expected"/>, and a failure at once for anything else, which waiting will not heal.
    /// </summary>
    public static async Task<T?> WhenArrivedAsync<T>(HttpResponseMessage response, HttpStatusCode expected, HttpStatusCode notYet, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode == notYet)
        {
            return null;
        }
        return await JsonAsync<T>(response, expected, what);
    }
}
