using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Telemetry;
using CareServices.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareServices.Dashboard.Tests.Browser;

/// <summary>
/// An operator's walk through the dashboard in a real browser, on the whole running system: log in with the printed
/// token, see every resource healthy, restart a service and see it come back, open the trace of a recipient
/// registration that spans the gateway and all five services, and replay a message from an error queue.
/// </summary>
public sealed class OperatorScenarioTests(WholeSystem system) : IClassFixture<WholeSystem>
{
    private const float Timeout = 90_000;
    private static readonly string[] TraceResources = ["activities", "assessment", "documentation", "gateway", "notifications", "scheduling"];

    [Fact]
    public async Task An_operator_logs_in_restarts_a_service_follows_a_registration_trace_and_replays_a_dead_letter()
    {
        await using var context = await system.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = system.Dashboard.ToString() });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        try
        {
            await WalkAsync(page);
        }
        catch
        {
            // What the browser showed when a step failed, for the person reading the test log.
            var screenshot = Path.Combine(Path.GetTempPath(), "dashboard-scenario-failure.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Console.Error.WriteLine($"Dashboard scenario failed at {page.Url}; screenshot: {screenshot}");
            throw;
        }
    }

    private async Task WalkAsync(IPage page)
    {

        // Log in: the page redirects to the login form; the printed token opens it.
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#token", system.App.DashboardToken);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("table[data-interactive=yes]");

        // Every resource is there and running; projects report healthy checks.
        foreach (var resource in system.App.Resources)
        {
            await page.WaitForSelectorAsync($"tr[data-resource={resource.Name}][data-state=Running]");
        }

        Assert.Equal(system.App.Resources.Count, await page.Locator("tr[data-resource]").CountAsync());
        Assert.Equal(6, await page.Locator("tr[data-resource] .ok-text").CountAsync());

        // Restart notifications from its row and see it come back with a new process.
        var notifications = page.Locator("tr[data-resource=notifications]");
        var pidBefore = await notifications.Locator("[data-testid=pid]").InnerTextAsync();
        await notifications.Locator("[data-action=restart]").ClickAsync();
        await page.WaitForFunctionAsync(
            "pid => { const row = document.querySelector('tr[data-resource=notifications]'); return row && row.dataset.state === 'Running' && row.querySelector('[data-testid=pid]').innerText !== pid; }",
            pidBefore);
        Assert.Equal("1", await notifications.Locator("[data-testid=restarts]").InnerTextAsync());
        Assert.Equal(ResourceState.Running, system.App.GetResource("notifications").State);

        // A registration through the gateway: one trace from the gateway through Assessment, over RabbitMQ, into the
        // consumers of the four other services.
        var traceId = await RegisterRecipientAsync();
        await page.GotoAsync($"/traces/{traceId}");
        await page.WaitForFunctionAsync(
            "expected => { const el = document.querySelector('[data-testid=trace-resources]'); return el && el.innerText === expected; }",
            string.Join(", ", TraceResources));
        // A parent span ends after its children and may arrive in a later export batch: wait until none is missing.
        var spans = await CompleteTraceAsync(traceId);
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        Assert.Single(spans, s => s.ParentSpanId is null);
        Assert.All(spans.Where(s => s.ParentSpanId is not null), s => Assert.Contains(s.ParentSpanId!, ids));
        Assert.Equal("gateway", spans.Single(s => s.ParentSpanId is null).Resource);
        foreach (var consumer in TraceResources.Except(["gateway", "assessment"]))
        {
            Assert.Contains(spans, s => s.Resource == consumer && s.Kind == SpanKind.Consumer);
        }

        // The page showed the trace as far as it had arrived; reloaded, it shows every span the API knows.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync(
            "n => document.querySelectorAll('[data-testid=span-tree] tr[data-span]').length >= n", spans.Count);
        var shown = await page.Locator("[data-testid=span-tree] tr[data-span]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.span)");
        Assert.Superset(ids, shown.ToHashSet());

        // A message Scheduling cannot read ends in its error queue; the operator replays it from the messaging page.
        var messageId = Guid.NewGuid().ToString();
        await PublishPoisonAsync("scheduling-recipient-registered", messageId);
        await page.GotoAsync("/messaging");
        await page.WaitForSelectorAsync("table[data-interactive=yes]");
        var errorQueue = page.Locator("tr[data-queue=scheduling-recipient-registered_error]");
        await page.WaitForFunctionAsync(
            "() => { const row = document.querySelector('tr[data-queue=scheduling-recipient-registered_error]'); return row && Number(row.dataset.messages) > 0; }",
            null, new PageWaitForFunctionOptions { PollingInterval = 500 });
        await errorQueue.Locator("[data-action=open]").ClickAsync();
        var letter = page.Locator($"tr[data-message='{messageId}']");
        await letter.WaitForAsync();
        await letter.Locator("[data-action=replay]").ClickAsync();
        await page.Locator("[data-testid=messaging-message]", new PageLocatorOptions { HasTextString = "Replayed 1 message(s) to scheduling-recipient-registered" }).WaitForAsync();
        await page.Locator("[data-testid=actions] tr", new PageLocatorOptions { HasTextString = messageId }).WaitForAsync();
    }

    private async Task<IReadOnlyList<StoredSpan>> CompleteTraceAsync(string traceId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var spans = system.App.Telemetry.Spans.Trace(traceId);
            var ids = spans.Select(s => s.SpanId).ToHashSet();
            if (spans.All(s => s.ParentSpanId is null || ids.Contains(s.ParentSpanId)) || DateTime.UtcNow > deadline)
            {
                return spans;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Registers a recipient through the gateway and returns the trace id (the correlation id the gateway answers with).</summary>
    private async Task<string> RegisterRecipientAsync()
    {
        using var http = new HttpClient { BaseAddress = system.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var tokenResponse = await http.PostAsJsonAsync("/dev/token", new { role = "CaseWorker", municipality = "1848" });
        tokenResponse.EnsureSuccessStatusCode();
        var token = await tokenResponse.Content.ReadFromJsonAsync<TokenView>();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessment/recipients")
        {
            Content = JsonContent.Create(new
            {
                name = "Kari Nordmann",
                birthDate = "1938-05-17",
                nationalId = "17053810160",
                address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
                zone = "Nord-Steigen",
                preferredLanguage = "nb",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.Token);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.GetValues("X-Correlation-Id").First();
    }

    /// <summary>Publishes a message with a body MassTransit cannot read straight to the queue, through the management API.</summary>
    private async Task PublishPoisonAsync(string queue, string messageId)
    {
        using var http = new HttpClient { BaseAddress = new Uri(system.Servers.RabbitMQManagement) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(new Uri(system.Servers.RabbitMQ).UserInfo))));
        using var response = await http.PostAsJsonAsync(
            $"api/exchanges/{Uri.EscapeDataString(system.Isolation.VirtualHost!)}/amq.default/publish",
            new
            {
                routing_key = queue,
                payload = "{ this is not json",
                payload_encoding = "string",
                properties = new { message_id = messageId, content_type = "application/vnd.masstransit+json" },
            });
        response.EnsureSuccessStatusCode();
        Assert.Contains("\"routed\":true", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed record TokenView(string Token);
}
