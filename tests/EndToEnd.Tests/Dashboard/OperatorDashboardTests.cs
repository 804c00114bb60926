using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CareServices.AppHost.Operations;
using CareServices.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareServices.EndToEnd.Tests.Dashboard;

/// <summary>
/// An operator in a real browser on the Aspire dashboard of the running system: logs in with the printed token, sees
/// every resource running and healthy, sees a service's dead letter counted on its resource, and replays it with the
/// service's command.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class OperatorDashboardTests(AppHostFixture system)
{
    private const float Timeout = 120_000;
    private const string Service = "scheduling";
    private const string Queue = "scheduling-recipient-registered";
    private static readonly string[] Resources = ["postgres", "rabbitmq", "redis", "identity", "sink", .. AppHostFixture.Services, "gateway"];

    [Fact]
    public async Task An_operator_logs_in_sees_every_resource_healthy_and_replays_a_dead_letter_with_the_services_command()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var login = await system.DashboardLoginAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = login.GetLeftPart(UriPartial.Authority),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        try
        {
            await WalkAsync(page, login);
        }
        catch
        {
            // What the browser showed when a step failed, for the person reading the test log.
            var screenshot = Path.Combine(Path.GetTempPath(), "aspire-dashboard-failure.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Console.Error.WriteLine($"Dashboard scenario failed at {page.Url}; screenshot: {screenshot}");
            throw;
        }
    }

    private async Task WalkAsync(IPage page, Uri login)
    {
        // Without the token the dashboard asks for it; the login link printed at start opens it.
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync(login.ToString());
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        // Every resource is listed and running; the application model agrees that each is healthy.
        foreach (var resource in Resources)
        {
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource).WaitAsync(TimeSpan.FromMilliseconds(Timeout));
            await RowOf(page, resource).Filter(new LocatorFilterOptions { HasText = "Running" }).First.WaitForAsync();
        }

        // A message Scheduling cannot read ends in its error queue and is counted on the scheduling resource.
        var before = await DeadLettersAsync(atLeast: 0);
        await PublishPoisonAsync(Queue, Guid.NewGuid().ToString());
        var counted = await DeadLettersAsync(atLeast: before + 1);

        // The operator replays the service's dead letters from its row and confirms.
        var replay = RowOf(page, Service).GetByTitle("Moves every dead letter of this service back to its queue");
        await replay.ClickAsync();
        // Fluent UI buttons render their label in a shadow root, so the confirmation is found by its text.
        await page.Locator("fluent-dialog fluent-button", new PageLocatorOptions { HasTextString = "Yes" }).ClickAsync();

        // The command's result lands in the dashboard's notification centre.
        await page.Locator("fluent-button[aria-label=Notifications]").ClickAsync();
        await page.GetByText($"{counted} message(s) moved back to their queues").First.WaitForAsync();
    }

    private static ILocator RowOf(IPage page, string resource) =>
        page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Gridcell).GetByText(resource, new LocatorGetByTextOptions { Exact = true }),
        });

    /// <summary>Waits until the scheduling resource shows at least this many dead letters, and returns the count.</summary>
    private async Task<long> DeadLettersAsync(long atLeast)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(Timeout));
        var @event = await system.App.ResourceNotifications.WaitForResourceAsync(Service,
            e => e.Snapshot.Properties.Any(p => p.Name == DeadLetterMonitor.Property && Convert.ToInt64(p.Value, System.Globalization.CultureInfo.InvariantCulture) >= atLeast),
            timeout.Token);
        return Convert.ToInt64(@event.Snapshot.Properties.Single(p => p.Name == DeadLetterMonitor.Property).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Publishes a message with a body MassTransit cannot read straight to the queue, through the management API.</summary>
    private async Task PublishPoisonAsync(string queue, string messageId)
    {
        var amqp = new Uri(system.Servers["CARESERVICES_RABBITMQ"]);
        using var http = new HttpClient { BaseAddress = new Uri(system.Servers["CARESERVICES_RABBITMQ_MANAGEMENT"]) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(amqp.UserInfo))));
        using var response = await http.PostAsJsonAsync(
            $"api/exchanges/{Uri.EscapeDataString(VirtualHost(amqp))}/amq.default/publish",
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

    private static string VirtualHost(Uri amqp) =>
        amqp.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
}
