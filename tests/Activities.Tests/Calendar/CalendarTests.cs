using System.Net;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.Calendar;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using Ical.Net;
using Ical.Net.DataTypes;

namespace CareServices.Activities.Tests.Calendar;

/// <summary>Each test uses a municipality of its own, so the class's shared database does not mix their calendars.</summary>
public sealed class CalendarTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private static readonly DateTime FirstTuesdayOfMarch = new(2027, 3, 2, 11, 0, 0);
    private static readonly DateTime BusTrip = new(2027, 3, 10, 10, 0, 0);

    private async Task<(ActivityResponse Cafe, ActivityResponse Trip)> MarchAsync(string municipality)
    {
        var coordinator = host.Coordinator(municipality);
        var organiser = await Http.OrganiserAsync(coordinator);
        var cafe = await Http.PublishAsync(coordinator, Http.Activity(organiser, FirstTuesdayOfMarch, "FREQ=WEEKLY;BYDAY=TU", capacity: 2) with { Zone = "Leiranger" });
        var trip = await Http.PublishAsync(coordinator, Http.Activity(organiser, BusTrip, category: "outing") with
        {
            Title = "Busstur til Nordskot med kafébesøk",
            End = BusTrip.AddHours(5),
            TransportOffered = true,
            Cost = 150m,
        });
        await Http.PublishAsync(coordinator, Http.Activity(organiser, new DateTime(2027, 3, 4, 12, 0, 0), category: "meal") with
        {
            Title = "Spisevenner i Nordfold",
            Zone = "Nordfold",
        });
        return (cafe, trip);
    }

    [Fact]
    public async Task The_monthly_calendar_lists_a_zones_occurrences_by_date_in_local_time()
    {
        var (cafe, trip) = await MarchAsync("9001");

        var month = await (await host.Client(Roles.CareWorker, "9001").GetAsync("/api/activities/calendar?year=2027&month=3&zone=Leiranger"))
            .ReadAsync<CalendarMonth>();

        Assert.Equal([2, 9, 10, 16, 23, 30], month.Days.Select(d => d.Date.Day));
        Assert.All(month.Days.Where(d => d.Date.Day != 10), day => Assert.Equal(new TimeOnly(11, 0), TimeOnly.FromDateTime(Assert.Single(day.Entries).Start)));
        var tripEntry = Assert.Single(month.Days.Single(d => d.Date.Day == 10).Entries);
        Assert.Equal((trip.Id, true, 150m), (tripEntry.ActivityId, tripEntry.TransportOffered, tripEntry.Cost));
        Assert.DoesNotContain(month.Days.SelectMany(d => d.Entries), e => e.Title == "Spisevenner i Nordfold");
        Assert.Equal(6, month.Occurrences);
        Assert.Equal(cafe.Id, month.Days[0].Entries[0].ActivityId);
    }

    [Fact]
    public async Task The_monthly_calendar_shows_seats_left_after_sign_ups()
    {
        var (cafe, _) = await MarchAsync("9002");
        var recipient = await host.RecipientAsync(municipality: "9002");
        var start = new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.Zero);
        await (await host.Client(Roles.CareWorker, "9002").PostJsonAsync($"/api/activities/activities/{cafe.Id}/sign-ups",
            new SignUpRequest(recipient, start, false))).ReadAsync<SignUpResponse>();

        var month = await (await host.Client(Roles.CareWorker, "9002").GetAsync("/api/activities/calendar?year=2027&month=3")).ReadAsync<CalendarMonth>();

        var entries = month.Days.SelectMany(d => d.Entries).Where(e => e.ActivityId == cafe.Id).ToList();
        Assert.Equal(1, entries.Single(e => e.StartUtc == start).SeatsLeft);
        Assert.All(entries.Where(e => e.StartUtc != start), e => Assert.Equal(2, e.SeatsLeft));
    }

    [Fact]
    public async Task The_printable_calendar_is_one_month_in_large_type_by_date()
    {
        await MarchAsync("9003");

        var response = await host.Client(Roles.CareWorker, "9003").GetAsync("/api/activities/calendar/print?year=2027&month=3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Aktivitetskalender mars 2027</h1>", html, StringComparison.Ordinal);
        Assert.Contains("font-size: 20pt", html, StringComparison.Ordinal);
        var tuesday = html.IndexOf("<h2>Tirsdag 2. Mars</h2>", StringComparison.Ordinal);
        var wednesday = html.IndexOf("<h2>Onsdag 10. Mars</h2>", StringComparison.Ordinal);
        Assert.True(tuesday > 0 && wednesday > tuesday, "days in date order");
        Assert.Contains("10:00–15:00</span> Busstur til Nordskot med kafébesøk", html, StringComparison.Ordinal);
        Assert.Contains("Transport tilbys", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_feed_needs_no_token_and_parses_back_with_the_recurrence_at_11_local()
    {
        var (cafe, trip) = await MarchAsync("9004");
        var cancelled = new DateTimeOffset(2027, 3, 23, 10, 0, 0, TimeSpan.Zero);
        await (await host.Coordinator("9004").PostJsonAsync($"/api/activities/activities/{cafe.Id}/cancel", new CancelRequest(null, cancelled)))
            .ReadAsync<ActivityResponse>();

        var response = await host.Anonymous().GetAsync("/public/9004/calendar.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, calendar.Events.Count);
        var series = calendar.Events.Single(e => e.Uid == $"{cafe.Id}@activities.careservices");
        var starts = series.GetOccurrences(new CalDateTime(new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), CalDateTime.UtcTzId))
            .TakeWhileBefore(new CalDateTime(new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc), CalDateTime.UtcTzId))
            .Select(o => o.Period.StartTime)
            .ToList();
        Assert.Equal([2, 9, 16, 30], starts.Select(s => s.Day));
        Assert.All(starts, s => Assert.Equal((11, "Europe/Oslo"), (s.Hour, s.TzId)));
        Assert.Equal([10, 10, 10, 9], starts.Select(s => s.AsUtc.Hour));
        var tripEvent = calendar.Events.Single(e => e.Uid == $"{trip.Id}@activities.careservices");
        Assert.Equal(("Busstur til Nordskot med kafébesøk", "Steigentunet, Leinesfjord"), (tripEvent.Summary, tripEvent.Location));
    }

    [Fact]
    public async Task The_public_feed_holds_only_its_own_municipalitys_activities()
    {
        await MarchAsync("9005");

        var other = Ical.Net.Calendar.Load(await host.Anonymous().GetStringAsync("/public/9006/calendar.ics"))!;

        Assert.Empty(other.Events);
    }

    [Fact]
    public async Task A_month_outside_1_to_12_is_422_naming_month()
    {
        var response = await host.Client(Roles.CareWorker, "9007").GetAsync("/api/activities/calendar?year=2027&month=13");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["month"], await response.ProblemFieldsAsync());
    }
}
