using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CareServices.AppHost.Operations;

/// <summary>
/// A service's dead letters as the broker counts them: its <c>&lt;service&gt;-&lt;message&gt;_error</c> queues (and the
/// events waiting in its <c>_wait</c> queues), read from the RabbitMQ management API with the broker's own credentials.
/// </summary>
public sealed class ErrorQueues(IResourceWithConnectionString broker)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private readonly EndpointReference _management = ((IResourceWithEndpoints)broker).GetEndpoint("management");

    /// <summary>Each error queue of the service (by its consumer queue's name) with the messages in it.</summary>
    public async Task<IReadOnlyList<(string Queue, long Messages)>> OfServiceAsync(string service, CancellationToken cancellationToken) =>
        OfService(await AllAsync(cancellationToken).ConfigureAwait(false), service);

    /// <summary>The service's error queues among <paramref name="all"/>, by consumer queue name.</summary>
    public static IReadOnlyList<(string Queue, long Messages)> OfService(IReadOnlyList<(string Name, long Messages)> all, string service) =>
        OfService(all, service, ErrorSuffix);

    /// <summary>
    /// The service's wait queues among <paramref name="all"/>, by consumer queue name: events resting until the event
    /// they build on has arrived (ServiceDefaults' <c>WaitQueues</c>), not dead letters.
    /// </summary>
    public static IReadOnlyList<(string Queue, long Messages)> WaitingOfService(IReadOnlyList<(string Name, long Messages)> all, string service) =>
        OfService(all, service, WaitSuffix);

    private const string ErrorSuffix = "_error";
    private const string WaitSuffix = "_wait";

    private static IReadOnlyList<(string Queue, long Messages)> OfService(IReadOnlyList<(string Name, long Messages)> all, string service, string suffix) =>
        [.. all
            .Where(q => q.Name.StartsWith(service + "-", StringComparison.Ordinal) && q.Name.EndsWith(suffix, StringComparison.Ordinal))
            .Select(q => (q.Name[..^suffix.Length], q.Messages))
            .OrderBy(q => q.Item1, StringComparer.Ordinal)];

    /// <summary>Every queue on the broker with its message count, in one call to the management API.</summary>
    public async Task<IReadOnlyList<(string Name, long Messages)>> AllAsync(CancellationToken cancellationToken)
    {
        var amqp = new Uri(await broker.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(_management.Url), "api/queues?columns=name,messages"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(amqp.UserInfo))));
        using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var queues = await response.Content.ReadFromJsonAsync<List<QueueInfo>>(Json, cancellationToken).ConfigureAwait(false) ?? [];
        return [.. queues.Select(q => (q.Name, q.Messages))];
    }

    private sealed record QueueInfo(string Name, long Messages);
}
