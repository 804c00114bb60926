using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;

namespace CareServices.Assessment.Tests.Health;

/// <summary>Readiness is "can this pod serve requests": its database decides; a cache outage only degrades it.</summary>
public sealed class ReadinessTests(ReadinessTests.RedisDownHost host) : IClassFixture<ReadinessTests.RedisDownHost>
{
    /// <summary>Assessment on its real database and broker, with Redis pointed at a port where nothing listens.</summary>
    public sealed class RedisDownHost : AssessmentHost
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["ConnectionStrings:redis"] = "127.0.0.1:9,connectTimeout=500",
        };
    }

    [Fact]
    public async Task With_Redis_down_the_service_stays_ready_and_reports_Redis_as_degraded()
    {
        var response = await host.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var redis = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "redis");
        Assert.Equal("Degraded", redis.GetProperty("status").GetString());
    }
}
