using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.AppHost.Operations;

/// <summary>
/// Dashboard commands on a service for the messages that exhausted their retries (<c>&lt;service&gt;-&lt;message&gt;_error</c>
/// queues): count them, replay them all, or discard one. Counting asks the broker's management API; replay and
/// discard go through the service's own <c>/admin/dead-letters</c> API with an Operator token the identity provider gives the AppHost, so
/// message ids are kept and the consumer's inbox absorbs a repeat. Every action lands in the service's console log.
/// </summary>
public static class DeadLetterCommands
{
    public const string CountCommand = "dead-letters-count";
    public const string ReplayCommand = "dead-letters-replay";
    public const string DiscardCommand = "dead-letters-discard";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Watches the broker's error queues for the services given <see cref="WithDeadLetterCommands"/>, showing each
    /// one's count as a resource property (run mode only).
    /// </summary>
    public static DeadLetterMonitor.Watch AddDeadLetterMonitor(
        this IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> broker)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(broker);
        var watch = new DeadLetterMonitor.Watch(broker.Resource);
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.Services.AddSingleton(watch);
            builder.Services.AddHostedService<DeadLetterMonitor>();
        }

        return watch;
    }

    public static IResourceBuilder<ProjectResource> WithDeadLetterCommands(
        this IResourceBuilder<ProjectResource> service, DeadLetterMonitor.Watch deadLetters,
        TokenAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(deadLetters);
        ArgumentNullException.ThrowIfNull(authority);
        var name = service.Resource.Name;
        var endpoint = service.GetEndpoint("http");
        deadLetters.Services.Add(service.Resource);

        async Task<HttpResponseMessage> CallAsync(ExecuteCommandContext context, HttpMethod method, string path, object? body)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var request = new HttpRequestMessage(method, new Uri(new Uri(endpoint.Url), path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                await authority.OperatorTokenAsync(context.CancellationToken).ConfigureAwait(false));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: Json);
            }

            return await http.SendAsync(request, context.CancellationToken).ConfigureAwait(false);
        }

        return service
            .WithCommand(CountCommand, "Count dead letters", async context =>
            {
                var queues = await deadLetters.Queues.OfServiceAsync(name, context.CancellationToken).ConfigureAwait(false);
                var total = queues.Sum(q => q.Messages);
                var detail = string.Join(", ", queues.Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Queue}: {q.Messages}")));
                context.Logger.LogInformation("Dead letters: {Total} ({Detail})", total, detail);
                return CommandResults.Success(string.Create(CultureInfo.InvariantCulture, $"{total} dead letter(s){(queues.Count > 0 ? ": " + detail : string.Empty)}"));
            }, Options("Messages in this service's error queues (the broker's count, refreshed every few seconds)", "MailInboxDismiss", confirm: null))
            .WithCommand(ReplayCommand, "Replay dead letters", async context =>
            {
                var moved = 0;
                foreach (var (queue, _) in await deadLetters.Queues.OfServiceAsync(name, context.CancellationToken).ConfigureAwait(false))
                {
                    using var response = await CallAsync(context, HttpMethod.Post, $"/admin/dead-letters/{Uri.EscapeDataString(queue)}/replay", new { messageId = (string?)null }).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                    {
                        return CommandResults.Failure($"{queue}: the service answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(context.CancellationToken).ConfigureAwait(false)}");
                    }

                    var result = await response.Content.ReadFromJsonAsync<ReplayResult>(Json, context.CancellationToken).ConfigureAwait(false);
                    moved += result?.Moved ?? 0;
                }

                context.Logger.LogWarning("Dashboard operator replayed {Moved} dead letter(s)", moved);
                return CommandResults.Success(string.Create(CultureInfo.InvariantCulture, $"{moved} message(s) moved back to their queues"));
            }, Options("Moves every dead letter of this service back to its queue", "ArrowReplyAll",
                confirm: "Move every dead-lettered message of this service back to its queue? Fix the cause first.", highlighted: true))
            .WithCommand(DiscardCommand, "Discard a dead letter", async context =>
            {
                var queue = context.Arguments.GetString("queue") ?? string.Empty;
                var messageId = context.Arguments.GetString("messageId") ?? string.Empty;
                using var response = await CallAsync(context, HttpMethod.Delete,
                    $"/admin/dead-letters/{Uri.EscapeDataString(queue)}/{Uri.EscapeDataString(messageId)}", body: null).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return CommandResults.Failure($"No dead letter {messageId} in {queue}_error.");
                }

                if (!response.IsSuccessStatusCode)
                {
                    return CommandResults.Failure($"The service answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(context.CancellationToken).ConfigureAwait(false)}");
                }

                context.Logger.LogWarning("Dashboard operator discarded dead letter {MessageId} from {Queue}", messageId, queue);
                return CommandResults.Success($"Discarded {messageId} from {queue}_error");
            }, Options("Removes one dead letter for good", "Delete", confirm: null, arguments:
            [
                new InteractionInput { Name = "queue", Label = "Queue", InputType = InputType.Text, Required = true, Placeholder = $"{name}-<message>" },
                new InteractionInput { Name = "messageId", Label = "Message id", InputType = InputType.Text, Required = true },
            ]));
    }

    private static CommandOptions Options(
        string description, string icon, string? confirm, IReadOnlyList<InteractionInput>? arguments = null, bool highlighted = false) => new()
    {
        IsHighlighted = highlighted,
        Description = description,
        IconName = icon,
        ConfirmationMessage = confirm,
        Arguments = arguments ?? [],
        UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
            ? ResourceCommandState.Enabled
            : ResourceCommandState.Disabled,
    };

    private sealed record ReplayResult(string Queue, int Moved);
}
