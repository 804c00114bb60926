using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Activities through the gateway: a coordinator publishes a weekly café, a recipient signs up for the first one,
/// the monthly calendar counts the seat, and the public iCalendar feed (no token) lists the series.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ActivitySignUpTests(AppHostFixture fixture)
{
    private const int Capacity = 8;

    [Fact]
    public async Task A_published_activity_takes_a_recipients_sign_up_and_is_listed_in_the_calendar_and_the_public_feed()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        using var coordinator = await fixture.ClientForAsync("VolunteerCoordinator");
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Astrid Kafégjest", new DateOnly(1940, 6, 21), "Leiranger",
            new CareSteps.Home("Leirangveien 31", "8294", "Leiranger", 67.801, 14.985));

        using var organised = await coordinator.PostAsJsonAsync("/api/activities/organisers", new
        {
            name = "Steigen frivilligsentral", kind = "volunteerCentre", contactPerson = "Marit Frivillig", phone = "+4775778000",
        });
        var organiser = await Expect.JsonAsync<Created>(organised, HttpStatusCode.Created, "POST /api/activities/organisers");

        // A café every week on the same weekday, from a week today, 11:00–13:00 Oslo time.
        var first = Oslo.Today.AddDays(7);
        var title = $"Kafé på Leiranger {Guid.NewGuid().ToString("N")[..6]}";
        var weekday = first.DayOfWeek.ToString()[..2].ToUpperInvariant();
        using var published = await coordinator.PostAsJsonAsync("/api/activities/activities", new
        {
            organiserId = organiser.Id,
            title,
            category = "cafe",
            description = "Kaffe, vafler og prat.",
            zone = "Leiranger",
            place = new { name = "Leiranger grendehus", address = "Leirangveien 50", latitude = 67.80, longitude = 14.99, wheelchairAccessible = true, hearingLoop = true },
            start = $"{Oslo.Iso(first)}T11:00:00",
            end = $"{Oslo.Iso(first)}T13:00:00",
            recurrence = $"FREQ=WEEKLY;BYDAY={weekday}",
            capacity = Capacity,
            transportOffered = true,
            cost = 40,
            language = "nb",
        });
        var activity = await Expect.JsonAsync<Created>(published, HttpStatusCode.Created, "POST /api/activities/activities");

        // The recipient signs up for the first café themselves, once Activities knows them (422 until then).
        var occurrenceStart = new DateTimeOffset(first.ToDateTime(new TimeOnly(11, 0)), Oslo.Zone.GetUtcOffset(first.ToDateTime(new TimeOnly(11, 0))));
        using var self = await fixture.ClientAsAsync("Recipient", recipientId: recipient.Id);
        var signUp = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await self.PostAsJsonAsync($"/api/activities/activities/{activity.Id}/sign-ups",
                new { recipientId = recipient.Id, occurrenceStart, transport = false });
            return await Expect.WhenArrivedAsync<SignUp>(response, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, "POST the recipient's sign-up");
        }, CareSteps.EventTimeout, "RecipientRegistered reaching Activities");
        Assert.Equal((recipient.Id, "confirmed", occurrenceStart), (signUp.RecipientId, signUp.Status, signUp.OccurrenceStart));

        // The month's calendar counts the taken seat on that day only.
        using var month = await self.GetAsync($"/api/activities/calendar?year={first.Year}&month={first.Month}");
        var calendar = await Expect.JsonAsync<CalendarMonth>(month, HttpStatusCode.OK, "GET /api/activities/calendar");
        var entries = calendar.Days.SelectMany(d => d.Entries.Select(e => (d.Date, Entry: e))).Where(x => x.Entry.ActivityId == activity.Id).ToList();
        Assert.Equal((first, Capacity - 1), (entries[0].Date, entries[0].Entry.SeatsLeft));
        Assert.All(entries.Skip(1), x => Assert.Equal(Capacity, x.Entry.SeatsLeft));

        // The feed a phone subscribes to, without a token: the series with its rule, in Oslo time.
        using var anonymous = new HttpClient { BaseAddress = fixture.Gateway };
        using var feed = await anonymous.GetAsync("/public/1848/calendar.ics");
        await Expect.StatusAsync(feed, HttpStatusCode.OK, "GET /public/1848/calendar.ics without a token");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var events = Unfold(await feed.Content.ReadAsStringAsync()).Split("BEGIN:VEVENT").Skip(1);
        var ours = Assert.Single(events, e => e.Contains($"UID:{activity.Id}@activities.careservices", StringComparison.Ordinal));
        Assert.Contains($"SUMMARY:{title}", ours, StringComparison.Ordinal);
        Assert.Contains($"RRULE:FREQ=WEEKLY;BYDAY={weekday}", ours, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Oslo:{first.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T110000", ours, StringComparison.Ordinal);
        Assert.DoesNotContain(recipient.Name, ours, StringComparison.Ordinal);
    }

    /// <summary>RFC 5545 folds long lines with CRLF and a space; unfolded, each property is one line again.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);

    private sealed record Created(Guid Id);

    private sealed record SignUp(Guid Id, Guid RecipientId, DateTimeOffset OccurrenceStart, string Status);

    private sealed record CalendarMonth(IReadOnlyList<CalendarDay> Days);

    private sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries);

    private sealed record CalendarEntry(Guid ActivityId, string Title, int? SeatsLeft);
}
