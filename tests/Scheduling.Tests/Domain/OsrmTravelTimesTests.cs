using System.Net;
using System.Text;
using CareServices.Scheduling.Api.Routing;

namespace CareServices.Scheduling.Tests.Domain;

/// <summary>
/// The OSRM table contract as this client uses it: the request it sends and how it reads the answer, against a
/// recorded answer of OSRM's <c>table</c> service (durations in seconds, distances in metres, null for no route).
/// </summary>
public sealed class OsrmTravelTimesTests
{
    private const string Answer = """
        {"code":"Ok",
         "durations":[[0,600.4],[null,0]],
         "distances":[[0,8250.1],[null,0]],
         "sources":[{"location":[15.19,67.76]},{"location":[15.21,67.79]}],
         "destinations":[{"location":[15.19,67.76]},{"location":[15.21,67.79]}]}
        """;

    private sealed class RecordingHandler(string body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
    {
        public Uri? Requested { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    private static readonly GeoPoint[] Points = [new(67.76, 15.19), new(67.79, 15.21)];

    [Fact]
    public async Task The_table_request_names_the_profile_and_longitude_latitude_pairs_and_the_answer_becomes_minutes_and_kilometres()
    {
        var handler = new RecordingHandler(Answer);
        var osrm = new OsrmTravelTimes(new HttpClient(handler) { BaseAddress = new Uri("http://osrm.local/") }, new StraightLineTravelTimes());

        var table = await osrm.TableAsync(Points, "bicycle", CancellationToken.None);

        Assert.Equal("/table/v1/cycling/15.19,67.76;15.21,67.79", handler.Requested!.AbsolutePath);
        Assert.Equal("?annotations=duration,distance", handler.Requested.Query);
        Assert.Equal(10.0, table.Minutes[1]);
        Assert.Equal(8.2501, table.Kilometres[1], 4);
        var estimate = await new StraightLineTravelTimes().TableAsync(Points, "bicycle", CancellationToken.None);
        // No route back: the straight-line estimate stands in.
        Assert.Equal(estimate.Minutes[2], table.Minutes[2]);
        Assert.Equal(estimate.Kilometres[2], table.Kilometres[2]);
    }

    [Fact]
    public async Task An_answer_other_than_Ok_fails_the_call_instead_of_planning_on_zeros()
    {
        var osrm = new OsrmTravelTimes(
            new HttpClient(new RecordingHandler("""{"code":"InvalidQuery","message":"Query string malformed"}""")) { BaseAddress = new Uri("http://osrm.local/") },
            new StraightLineTravelTimes());

        await Assert.ThrowsAsync<InvalidOperationException>(() => osrm.TableAsync(Points, "car", CancellationToken.None));
    }

    [Fact]
    public async Task Straight_line_times_grow_with_the_road_factor_and_are_slower_on_foot()
    {
        var times = new StraightLineTravelTimes();

        var car = await times.TableAsync(Points, "car", CancellationToken.None);
        var walking = await times.TableAsync(Points, "walking", CancellationToken.None);

        var straight = StraightLineTravelTimes.Haversine(Points[0], Points[1]);
        Assert.InRange(straight, 3.3, 3.6);
        Assert.Equal(straight * 1.35, car.Kilometres[1], 6);
        Assert.True(walking.Minutes[1] > 8 * car.Minutes[1]);
    }
}
