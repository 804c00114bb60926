using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;

namespace CareServices.EndToEnd.Tests.Scenarios.Support;

/// <summary>
/// Gateway clients whose development token speaks for a person: a staff member (<c>staff_id</c>), a recipient
/// (<c>recipient_id</c>) or a named subject, as <c>POST /dev/token</c> accepts them.
/// </summary>
public static class GatewayClients
{
    public static async Task<HttpClient> ClientAsAsync(
        this AppHostFixture fixture, string role, Guid? staffId = null, Guid? recipientId = null, string? subject = null, string municipality = "1848")
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var client = new HttpClient { BaseAddress = fixture.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/dev/token", new { role, municipality, subject, staffId, recipientId });
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK, $"POST /dev/token for {role}");
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.Token);
        return client;
    }

    private sealed record TokenResponse(string Token);
}
