using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>
/// The messaging page's data: queues of this run's virtual host from the RabbitMQ management API, and the
/// dead letters of an error queue through the owning service's dead-letter API (which peeks, replays and discards
/// over AMQP, keeping message ids so the consumer's inbox absorbs a repeat). Every replay and discard is logged.
/// </summary>
public sealed class MessagingService(DistributedApplication host, OperatorActionLog actions) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    public string VirtualHost => host.Options.Isolation.VirtualHost is { Length: > 0 } name ? name : "/";

    public async Task<IReadOnlyList<QueueInfo>> QueuesAsync(CancellationToken cancellationToken)
    {
        var servers = host.Servers ?? throw new InvalidOperationException("The broker is not started yet.");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(servers.RabbitMQManagement),
            $"api/queues/{Uri.EscapeDataString(VirtualHost)}?columns=name,messages,messages_ready,messages_unacknowledged,consumers,message_stats"));
        request.Headers.Authorization = BrokerCredentials(servers.RabbitMQ);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        var projects = host.Resources.Where(r => r.Resource is Model.ProjectResource).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return [.. document.RootElement.EnumerateArray().Select(queue =>
        {
            var name = queue.GetProperty("name").GetString() ?? string.Empty;
            var stats = queue.TryGetProperty("message_stats", out var s) ? s : default;
            var owner = name.Split('-', 2)[0];
            return new QueueInfo(
                name,
                Long(queue, "messages"),
                Long(queue, "messages_ready"),
                Long(queue, "messages_unacknowledged"),
                (int)Long(queue, "consumers"),
                Rate(stats, "publish_details"),
                Rate(stats, "deliver_get_details"),
                projects.Contains(owner) ? owner : null);
        }).OrderBy(q => q.Name, StringComparer.Ordinal)];
    }

    /// <summary>The messages of <paramref name="queue"/>'s error queue (peeked: they stay where they are).</summary>
    public async Task<IReadOnlyList<DeadLetterView>> DeadLettersAsync(string queue, CancellationToken cancellationToken)
    {
        using var request = ServiceRequest(HttpMethod.Get, queue, string.Empty);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<List<DeadLetterView>>(Json, cancellationToken).ConfigureAwait(false) ?? [];
    }

    /// <summary>Moves one dead letter (or all, when <paramref name="messageId"/> is null) back to its queue; returns how many moved.</summary>
    public async Task<int> ReplayAsync(string queue, string? messageId, CancellationToken cancellationToken)
    {
        using var request = ServiceRequest(HttpMethod.Post, queue, "/replay");
        request.Content = JsonContent.Create(new { messageId }, options: Json);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var result = await response.Content.ReadFromJsonAsync<ReplayResult>(Json, cancellationToken).ConfigureAwait(false);
        var moved = result?.Moved ?? 0;
        Record("replay", queue, messageId, $"{moved} message(s) moved back to {queue}");
        return moved;
    }

    /// <summary>Removes one dead letter for good; false when it was not there (any more).</summary>
    public async Task<bool> DiscardAsync(string queue, string messageId, CancellationToken cancellationToken)
    {
        using var request = ServiceRequest(HttpMethod.Delete, queue, "/" + Uri.EscapeDataString(messageId));
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Record("discard", queue, messageId, "not found");
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        Record("discard", queue, messageId, "removed");
        return true;
    }

    public void Dispose() => _http.Dispose();

    private void Record(string action, string queue, string? messageId, string outcome)
    {
        actions.Record(new OperatorAction(DateTimeOffset.UtcNow, action, queue, messageId, outcome));
        host.WriteOperatorAction($"{action} {queue}{(messageId is null ? " (all)" : " " + messageId)}: {outcome}");
    }

    /// <summary>A request to the dead-letter API of the service that owns <paramref name="queue"/> (<c>&lt;service&gt;-&lt;message&gt;</c>).</summary>
    private HttpRequestMessage ServiceRequest(HttpMethod method, string queue, string suffix)
    {
        var owner = queue.Split('-', 2)[0];
        var service = host.Resources.FirstOrDefault(r => r.Name == owner && r.Resource is Model.ProjectResource)
            ?? throw new InvalidOperationException($"No service owns queue '{queue}' (queues are named <service>-<message>).");
        var endpoint = service.Endpoint ?? throw new InvalidOperationException($"'{owner}' has no endpoint yet.");
        var request = new HttpRequestMessage(method, new Uri(endpoint, $"/admin/dead-letters/{Uri.EscapeDataString(queue)}{suffix}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OperatorJwt.Create(host.SigningKey, TimeProvider.System));
        return request;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The service answered {(int)response.StatusCode}: {body}");
        }
    }

    private static AuthenticationHeaderValue BrokerCredentials(string amqpUri) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(new Uri(amqpUri).UserInfo))));

    private static long Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static double Rate(JsonElement stats, string name) =>
        stats.ValueKind == JsonValueKind.Object && stats.TryGetProperty(name, out var details)
        && details.TryGetProperty("rate", out var rate) && rate.ValueKind == JsonValueKind.Number
            ? rate.GetDouble()
            : 0;

    private sealed record ReplayResult(string Queue, int Moved);
}
