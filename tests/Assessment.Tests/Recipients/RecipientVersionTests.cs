using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Assessment.Tests.Recipients;

/// <summary>Versions of a recipient: the ETag, If-Match, concurrent writers, and the version every event carries.</summary>
public sealed class RecipientVersionTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Path = "/api/assessment/recipients";

    [Fact]
    public async Task Every_event_about_a_recipient_carries_the_version_after_its_change_and_reads_answer_it_as_the_ETag()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);
        using var renamed = await client.PatchAsJsonAsync($"{Path}/{id}", new { name = "Kari Nordmann Berg" });
        using var fetched = await client.GetAsync($"{Path}/{id}");

        var registered = Assert.Single(await host.Events.WaitForAsync<RecipientRegistered>(e => e.RecipientId == id));
        var updated = Assert.Single(await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id));
        Assert.Equal((1, 2), (registered.AggregateVersion, updated.AggregateVersion));
        Assert.Equal("\"2\"", renamed.Headers.ETag?.Tag);
        Assert.Equal("\"2\"", fetched.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_change_with_a_stale_If_Match_is_refused_with_412_and_changes_nothing()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);
        using var first = await PatchAsync(client, id, new { name = "First Editor" }, "\"1\"");

        using var stale = await PatchAsync(client, id, new { name = "Second Editor" }, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("\"2\"", stale.Headers.ETag?.Tag);
        var current = await client.GetFromJsonAsync<RecipientView>($"{Path}/{id}");
        Assert.Equal("First Editor", current!.Name);
    }

    [Fact]
    public async Task A_malformed_If_Match_is_refused_naming_the_header()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        using var response = await PatchAsync(client, id, new { name = "Anyone" }, "version one");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("If-Match", out _));
    }

    [Fact]
    public async Task Concurrent_changes_without_If_Match_are_each_applied_or_refused_with_409_and_none_is_lost()
    {
        var client = host.Client(Roles.CaseWorker);
        var id = await Support.Recipients.RegisterAsync(client);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            using var response = await client.PatchAsJsonAsync($"{Path}/{id}", new { name = $"Editor {i}" });
            return response.StatusCode;
        }));

        Assert.All(answers, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {(int)status}"));
        var applied = answers.Count(status => status == HttpStatusCode.OK);
        using var fetched = await client.GetAsync($"{Path}/{id}");
        // Version 1 is the registration; every change answered 200 (each names someone else) made one more.
        var version = int.Parse(fetched.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1 + applied, version);
        var updates = await host.Events.WaitForAsync<RecipientUpdatedV2>(e => e.RecipientId == id, count: version - 1);
        Assert.Equal(Enumerable.Range(2, version - 1), updates.Select(e => e.AggregateVersion).Order());
        var current = await fetched.Content.ReadFromJsonAsync<RecipientView>();
        Assert.Equal(current!.Name, Assert.Single(updates, e => e.AggregateVersion == version).Name);
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{Path}/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private sealed record RecipientView(Guid Id, string Name);
}
