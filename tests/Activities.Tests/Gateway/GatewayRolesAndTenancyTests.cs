using System.Net;
using System.Security.Claims;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.Calendar;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Activities.Tests.Gateway;

/// <summary>
/// Roles and tenancy as a caller meets them through the gateway. Each test uses municipalities of its own, so the
/// class's shared database does not mix their calendars.
/// </summary>
public sealed class GatewayRolesAndTenancyTests(GatewayHost host) : IClassFixture<GatewayHost>
{
    private static readonly DateTime Tuesday = new(2027, 4, 6, 11, 0, 0);
    private static readonly DateTimeOffset TuesdayUtc = new(2027, 4, 6, 9, 0, 0, TimeSpan.Zero);

    private async Task<ActivityResponse> PublishAsync(string municipality, int? capacity = 10)
    {
        var coordinator = host.Client(Roles.VolunteerCoordinator, municipality);
        return await Http.PublishAsync(coordinator, Http.Activity(await Http.OrganiserAsync(coordinator), Tuesday, "FREQ=WEEKLY;BYDAY=TU", capacity));
    }

    [Fact]
    public async Task A_coordinator_publishes_and_a_care_worker_or_a_recipient_is_refused_403()
    {
        var coordinator = host.Client(Roles.VolunteerCoordinator, "9101");
        var organiser = await Http.OrganiserAsync(coordinator);

        var published = await coordinator.PostJsonAsync("/api/activities/activities", Http.Activity(organiser, Tuesday));
        var byCareWorker = await host.Client(Roles.CareWorker, "9101").PostJsonAsync("/api/activities/activities", Http.Activity(organiser, Tuesday));
        var byRecipient = await host.Client(Roles.Recipient, "9101", Guid.NewGuid()).PostJsonAsync("/api/activities/activities", Http.Activity(organiser, Tuesday));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (published.StatusCode, byCareWorker.StatusCode, byRecipient.StatusCode));
    }

    [Fact]
    public async Task Staff_read_the_loneliness_watch_list_and_a_recipient_or_relative_is_refused_403()
    {
        var staff = await host.Client(Roles.CareWorker, "9102").GetAsync("/api/activities/loneliness-watch");
        var recipient = await host.Client(Roles.Recipient, "9102", Guid.NewGuid()).GetAsync("/api/activities/loneliness-watch");
        var relative = await host.Client(Roles.Relative, "9102").GetAsync("/api/activities/loneliness-watch");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (staff.StatusCode, recipient.StatusCode, relative.StatusCode));
    }

    [Fact]
    public async Task A_recipient_signs_up_themselves_but_not_someone_else_403()
    {
        var activity = await PublishAsync("9103");
        var recipient = await host.RecipientAsync("9103");
        var someoneElse = await host.RecipientAsync("9103");
        var self = host.Client(Roles.Recipient, "9103", recipient);

        var own = await self.PostJsonAsync($"/api/activities/activities/{activity.Id}/sign-ups", new SignUpRequest(recipient, TuesdayUtc, false));
        var other = await self.PostJsonAsync($"/api/activities/activities/{activity.Id}/sign-ups", new SignUpRequest(someoneElse, TuesdayUtc, false));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (own.StatusCode, other.StatusCode));
    }

    [Fact]
    public async Task Another_municipality_neither_reads_nor_signs_up_for_an_activity_and_its_calendar_and_feed_leave_it_out()
    {
        var activity = await PublishAsync("9104");
        var foreign = host.Client(Roles.CareWorker, "9105");

        var read = await foreign.GetAsync($"/api/activities/activities/{activity.Id}");
        var signUp = await foreign.PostJsonAsync($"/api/activities/activities/{activity.Id}/sign-ups",
            new SignUpRequest(await host.RecipientAsync("9105"), TuesdayUtc, false));
        var month = await (await foreign.GetAsync("/api/activities/calendar?year=2027&month=4")).ReadAsync<CalendarMonth>();
        var ownFeed = Ical.Net.Calendar.Load(await host.Client(token: null).GetStringAsync("/public/9104/calendar.ics"))!;
        var foreignFeed = Ical.Net.Calendar.Load(await host.Client(token: null).GetStringAsync("/public/9105/calendar.ics"))!;

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, signUp.StatusCode));
        Assert.Equal(0, month.Occurrences);
        Assert.Equal($"{activity.Id}@activities.careservices", Assert.Single(ownFeed.Events).Uid);
        Assert.Empty(foreignFeed.Events);
    }

    [Fact]
    public async Task Without_a_token_the_api_is_401_and_the_public_feed_is_served()
    {
        var anonymous = host.Client(token: null);

        var api = await anonymous.GetAsync("/api/activities/calendar");
        var feed = await anonymous.GetAsync("/public/9106/calendar.ics");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (api.StatusCode, feed.StatusCode));
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_without_a_municipality_passes_the_gateway_and_the_service_refuses_it_403()
    {
        var token = TestTokens.Sign(TestTokens.Descriptor([new Claim(ClaimNames.Subject, "no-tenant"), new Claim(ClaimNames.Role, Roles.CareWorker)]));

        var response = await host.Client(token).GetAsync("/api/activities/calendar");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
