using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CareServices.AppHost.Operations;

/// <summary>
/// A service's dead letters as the broker counts them: its <c>&lt;service&gt;-&lt;message&gt;_error</c> queues, read
/// from the RabbitMQ management API with the broker's own credentials.
/// </summary>
public sealed class ErrorQueues(IResourceWithConnectionString broker)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly EndpointReference _management = ((IResourceWithEndpoints)broker).GetEndpoint("management");

    /// <summary>Each error queue of the service (by its consumer queue's name) with the messages in it.</summary>
    public async Task<IReadOnlyList<(string Queue, long Messages)>> OfServiceAsync(string service, CancellationToken cancellationToken)
    {
        var amqp = new Uri(await broker.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(_management.Url), "api/queues?columns=name,messages"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(amqp.UserInfo))));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var queues = await response.Content.ReadFromJsonAsync<List<QueueInfo>>(Json, cancellationToken).ConfigureAwait(false) ?? [];
        return [.. queues
            .Where(q => q.Name.StartsWith(service + "-", StringComparison.Ordinal) && q.Name.EndsWith("_error", StringComparison.Ordinal))
            .Select(q => (q.Name[..^"_error".Length], q.Messages))
            .OrderBy(q => q.Item1, StringComparer.Ordinal)];
    }

    private sealed record QueueInfo(string Name, long Messages);
}
