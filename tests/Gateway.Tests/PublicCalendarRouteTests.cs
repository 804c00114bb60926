using System.Net;
using CareServices.TestSupport;

namespace CareServices.Gateway.Tests;

/// <summary>The activity calendar feed is the one route the gateway passes without a token, and it is still rate-limited.</summary>
public sealed class PublicCalendarRouteTests
{
    private static ServiceFactory<Program> Gateway(int permitLimit = 1000) => new(
        new Dictionary<string, string>
        {
            ["Gateway:RateLimit:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimit:Window"] = "00:01:00",
            // Nothing listens here: a request the gateway lets through ends as 502.
            ["services:activities:http:0"] = "http://127.0.0.1:9",
        },
        "Development");

    [Fact]
    public async Task The_calendar_feed_is_forwarded_without_a_token()
    {
        await using var gateway = Gateway();

        var response = await gateway.CreateClient(token: null).GetAsync("/public/1848/calendar.ics");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task Other_public_paths_are_not_routed_and_the_activity_api_still_needs_a_token()
    {
        await using var gateway = Gateway();
        var anonymous = gateway.CreateClient(token: null);

        var other = await anonymous.GetAsync("/public/1848/volunteers");
        var api = await anonymous.GetAsync("/api/activities/calendar");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_caller_of_the_feed_is_rate_limited_429()
    {
        await using var gateway = Gateway(permitLimit: 2);
        var anonymous = gateway.CreateClient(token: null);

        await anonymous.GetAsync("/public/1848/calendar.ics");
        await anonymous.GetAsync("/public/1848/calendar.ics");
        var third = await anonymous.GetAsync("/public/1848/calendar.ics");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }
}
