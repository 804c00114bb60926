using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>An SMS provider behind a JSON HTTP API: <c>POST {endpoint}</c> with <c>{to, text, reference}</c> and a bearer key.</summary>
public sealed class HttpSmsProvider(HttpClient http, SmsEndpoint endpoint) : ISmsProvider
{
    public async Task SendAsync(string to, string text, string reference, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Endpoint)
        {
            Content = JsonContent.Create(new { to, text, reference }),
        };
        if (endpoint.Key.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", endpoint.Key);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
