using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CareServices.AppHost.Orchestration;
using CareServices.EndToEnd.Tests.Infrastructure;

namespace CareServices.EndToEnd.Tests.Orchestration;

[Collection(EndToEndCollection.Name)]
public sealed class ProjectRestartTests(AppHostFixture fixture) : IClassFixture<AppHostFixture>
{
    private static readonly TimeSpan RestartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_killed_service_process_is_restarted_and_healthy_again()
    {
        var notifications = fixture.App.GetResource("notifications");
        var before = notifications.Snapshot();
        Assert.Equal(ResourceState.Running, before.State);
        Assert.NotNull(before.ProcessId);

        using (var process = Process.GetProcessById(before.ProcessId.Value))
        {
            process.Kill();
        }

        var after = await Eventually.ReturnsAsync(
            () => Task.FromResult(notifications.Snapshot() is { State: ResourceState.Running } now
                && now.RestartCount > before.RestartCount && now.ProcessId != before.ProcessId
                    ? now
                    : null),
            RestartTimeout,
            "notifications running again after its process was killed");

        Assert.Equal(before.Endpoint, after.Endpoint);
        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri(after.Endpoint!, "/health"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task The_resource_api_shows_every_resource_with_state_endpoint_and_console_lines()
    {
        using var http = new HttpClient { BaseAddress = fixture.App.ApiUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.App.DashboardToken);

        var resources = await http.GetFromJsonAsync<List<ResourceView>>("/api/resources");
        var gatewayLines = await http.GetFromJsonAsync<List<LogLineView>>("/api/resources/gateway/logs?tail=50");

        Assert.NotNull(resources);
        Assert.Equal(
            ["activities", "activitiesdb", "assessment", "assessmentdb", "documentation", "documentationdb", "gateway",
             "notifications", "notificationsdb", "postgres", "rabbitmq", "redis", "scheduling", "schedulingdb"],
            resources.Select(r => r.Name).Order(StringComparer.Ordinal));
        var gateway = Assert.Single(resources, r => r.Name == "gateway");
        Assert.Equal(fixture.Gateway, gateway.Endpoint);
        Assert.NotNull(gateway.ProcessId);
        Assert.NotEmpty(gatewayLines!);
    }

    private sealed record ResourceView(string Name, string State, int? ProcessId, Uri? Endpoint, int RestartCount);

    private sealed record LogLineView(long Sequence, string Stream, string Text);
}
