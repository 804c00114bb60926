using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Tests;

public sealed class StaffVersionTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Concurrent_changes_of_one_staff_member_publish_versions_one_after_another_without_a_duplicate()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";
        var id = await _host.RegisterStaffAsync(zone, ["nurse"], "Kari");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _host.Client().PutAsJsonAsync($"/api/scheduling/staff/{id}", new
        {
            name = $"Kari {i}", competences = new[] { "nurse" }, zone, employmentPercentage = 100, languages = new[] { "nb" },
            transportMode = "car", baseLatitude = 67.78, baseLongitude = 15.20,
        })));
        var payloads = await _host.InDbAsync(db => db.Set<OutboxMessage>().Where(m => m.AggregateId == id.ToString()).Select(m => m.Payload).ToListAsync());
        var versions = payloads.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("aggregateVersion").GetInt32()).Order().ToList();

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var applied = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.True(applied >= 2, $"only {applied} of the concurrent changes applied");
        Assert.Equal(Enumerable.Range(1, applied + 1), versions);
        Assert.Equal(1, await _host.OutboxCountAsync<StaffRegistered>(p => p.Contains(id.ToString())));
    }
}
