using System.Net;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Domain.SignUps;
using CareServices.Activities.Domain.Volunteers;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Tests.SignUps;

public sealed class SignUpTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    /// <summary>Tuesday 6 April 2027 11:00 Oslo (summer time).</summary>
    private static readonly DateTime Tuesday = new(2027, 4, 6, 11, 0, 0);
    private static readonly DateTimeOffset TuesdayUtc = new(2027, 4, 6, 9, 0, 0, TimeSpan.Zero);

    private HttpClient Staff => host.Client(Roles.CareWorker);

    private async Task<ActivityResponse> ActivityAsync(int? capacity, bool transportOffered = false)
    {
        var organiser = await Http.OrganiserAsync(host.Coordinator());
        return await Http.PublishAsync(host.Coordinator(), Http.Activity(organiser, Tuesday, "FREQ=WEEKLY;BYDAY=TU", capacity) with { TransportOffered = transportOffered });
    }

    private static string SignUps(Guid activityId) => $"/api/activities/activities/{activityId}/sign-ups";

    private async Task<SignUpResponse> SignUpAsync(Guid activityId, Guid recipientId, bool transport = false) =>
        await (await Staff.PostJsonAsync(SignUps(activityId), new SignUpRequest(recipientId, TuesdayUtc, transport))).ReadAsync<SignUpResponse>();

    [Fact]
    public async Task Past_capacity_a_sign_up_goes_to_the_wait_list_in_order_not_an_error()
    {
        var activity = await ActivityAsync(capacity: 1);

        var first = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var second = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var third = await SignUpAsync(activity.Id, await host.RecipientAsync());

        Assert.Equal((SignUpStatus.Confirmed, (int?)null), (first.Status, first.WaitListPosition));
        Assert.Equal((SignUpStatus.WaitListed, (int?)1), (second.Status, second.WaitListPosition));
        Assert.Equal((SignUpStatus.WaitListed, (int?)2), (third.Status, third.WaitListPosition));
        var waitListed = Assert.Single(await host.Events.WaitForAsync<RecipientSignedUp>(e => e.SignUpId == third.Id));
        Assert.Equal(("waitListed", (int?)2), (waitListed.Status, waitListed.WaitListPosition));
    }

    [Fact]
    public async Task Cancelling_a_seat_moves_the_first_on_the_wait_list_up_and_publishes_both_events_once()
    {
        var activity = await ActivityAsync(capacity: 1);
        var seat = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var next = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var last = await SignUpAsync(activity.Id, await host.RecipientAsync());

        var cancelled = await (await Staff.PostAsync($"/api/activities/sign-ups/{seat.Id}/cancel", null)).ReadAsync<SignUpResponse>();
        var movedUp = await (await Staff.GetAsync($"/api/activities/sign-ups/{next.Id}")).ReadAsync<SignUpResponse>();
        var stillWaiting = await (await Staff.GetAsync($"/api/activities/sign-ups/{last.Id}")).ReadAsync<SignUpResponse>();

        Assert.Equal(SignUpStatus.Cancelled, cancelled.Status);
        Assert.Equal(SignUpStatus.Confirmed, movedUp.Status);
        Assert.Equal((SignUpStatus.WaitListed, (int?)1), (stillWaiting.Status, stillWaiting.WaitListPosition));
        Assert.Single(await host.Events.WaitForAsync<SignUpCancelled>(e => e.SignUpId == seat.Id));
        var promoted = Assert.Single(await host.Events.WaitForAsync<RecipientSignedUp>(e => e.SignUpId == next.Id && e.MovedUpFromWaitList));
        Assert.Equal("confirmed", promoted.Status);
    }

    [Fact]
    public async Task Raising_the_capacity_gives_the_new_seats_to_the_wait_list_before_anyone_signing_up_later()
    {
        var activity = await ActivityAsync(capacity: 1);
        await SignUpAsync(activity.Id, await host.RecipientAsync());
        var second = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var third = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var request = Http.Activity(activity.OrganiserId, Tuesday, "FREQ=WEEKLY;BYDAY=TU", 2);

        await (await host.Coordinator().PutJsonAsync($"/api/activities/activities/{activity.Id}", request)).ReadAsync<ActivityResponse>();
        var latecomer = await SignUpAsync(activity.Id, await host.RecipientAsync());
        var movedUp = await (await Staff.GetAsync($"/api/activities/sign-ups/{second.Id}")).ReadAsync<SignUpResponse>();
        var stillWaiting = await (await Staff.GetAsync($"/api/activities/sign-ups/{third.Id}")).ReadAsync<SignUpResponse>();

        Assert.Equal(SignUpStatus.Confirmed, movedUp.Status);
        Assert.Equal((SignUpStatus.WaitListed, (int?)1), (stillWaiting.Status, stillWaiting.WaitListPosition));
        Assert.Equal((SignUpStatus.WaitListed, (int?)2), (latecomer.Status, latecomer.WaitListPosition));
        Assert.Single(await host.Events.WaitForAsync<RecipientSignedUp>(e => e.SignUpId == second.Id && e.MovedUpFromWaitList));
    }

    [Fact]
    public async Task Of_concurrent_requests_for_the_last_seat_exactly_one_gets_it()
    {
        var activity = await ActivityAsync(capacity: 3);
        await SignUpAsync(activity.Id, await host.RecipientAsync());
        await SignUpAsync(activity.Id, await host.RecipientAsync());
        var contenders = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            contenders.Add(await host.RecipientAsync());
        }

        using var start = new SemaphoreSlim(0);
        var requests = contenders.Select(async recipient =>
        {
            await start.WaitAsync();
            return await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(recipient, TuesdayUtc, false));
        }).ToList();
        start.Release(contenders.Count);
        var results = await Task.WhenAll(await Task.WhenAll(requests).ContinueWith(t => t.Result.Select(r => r.ReadAsync<SignUpResponse>())));

        Assert.Single(results, r => r.Status == SignUpStatus.Confirmed);
        Assert.Equal(Enumerable.Range(1, 7).Cast<int?>(), results.Where(r => r.Status == SignUpStatus.WaitListed).Select(r => r.WaitListPosition).Order());
        var seats = await host.WithDbAsync(db => db.SignUps.CountAsync(s => s.ActivityId == activity.Id && s.Status == SignUpStatus.Confirmed));
        Assert.Equal(3, seats);
    }

    [Fact]
    public async Task Signing_up_for_a_cancelled_activity_is_409()
    {
        var activity = await ActivityAsync(capacity: 5);
        await (await host.Coordinator().PostJsonAsync($"/api/activities/activities/{activity.Id}/cancel", new CancelRequest("Avlyst", null))).ReadAsync<ActivityResponse>();

        var response = await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(await host.RecipientAsync(), TuesdayUtc, false));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["activityId"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Signing_up_for_a_cancelled_occurrence_is_409()
    {
        var activity = await ActivityAsync(capacity: 5);
        await (await host.Coordinator().PostJsonAsync($"/api/activities/activities/{activity.Id}/cancel", new CancelRequest(null, TuesdayUtc))).ReadAsync<ActivityResponse>();

        var response = await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(await host.RecipientAsync(), TuesdayUtc, false));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["occurrenceStart"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Signing_up_for_a_past_occurrence_is_409()
    {
        var organiser = await Http.OrganiserAsync(host.Coordinator());
        var lastYear = new DateTime(2025, 1, 7, 11, 0, 0);
        var activity = await Http.PublishAsync(host.Coordinator(), Http.Activity(organiser, lastYear, "FREQ=WEEKLY;BYDAY=TU"));

        var response = await Staff.PostJsonAsync(SignUps(activity.Id),
            new SignUpRequest(await host.RecipientAsync(), new DateTimeOffset(2025, 1, 7, 10, 0, 0, TimeSpan.Zero), false));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["occurrenceStart"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_time_that_is_not_an_occurrence_is_422_naming_occurrenceStart()
    {
        var activity = await ActivityAsync(capacity: 5);

        var response = await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(await host.RecipientAsync(), TuesdayUtc.AddHours(1), false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["occurrenceStart"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_occurrence_given_in_Oslo_time_with_its_offset_is_signed_up_listed_and_cancelled_like_the_same_instant_in_UTC()
    {
        var activity = await ActivityAsync(capacity: 5);
        var recipient = await host.RecipientAsync();
        var osloTime = TuesdayUtc.ToOffset(TimeSpan.FromHours(2));

        var signUp = await (await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(recipient, osloTime, false))).ReadAsync<SignUpResponse>();
        var listed = await (await Staff.GetAsync($"{SignUps(activity.Id)}?occurrenceStart={Uri.EscapeDataString(osloTime.ToString("O"))}")).ReadAsync<List<SignUpResponse>>();
        await (await host.Coordinator().PostJsonAsync($"/api/activities/activities/{activity.Id}/cancel", new CancelRequest("Sykdom", osloTime))).ReadAsync<ActivityResponse>();
        var after = await (await Staff.GetAsync($"/api/activities/sign-ups/{signUp.Id}")).ReadAsync<SignUpResponse>();

        Assert.Equal((SignUpStatus.Confirmed, TuesdayUtc), (signUp.Status, signUp.OccurrenceStart));
        Assert.Equal(signUp.Id, Assert.Single(listed).Id);
        Assert.Equal(SignUpStatus.Cancelled, after.Status);
    }

    [Fact]
    public async Task Signing_the_same_recipient_up_twice_is_409()
    {
        var activity = await ActivityAsync(capacity: 5);
        var recipient = await host.RecipientAsync();
        await SignUpAsync(activity.Id, recipient);

        var response = await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(recipient, TuesdayUtc, false));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_recipient_signs_up_themselves_but_not_someone_else_403()
    {
        var activity = await ActivityAsync(capacity: 5);
        var recipient = await host.RecipientAsync();
        var someoneElse = await host.RecipientAsync();

        var own = await host.RecipientClient(recipient).PostJsonAsync(SignUps(activity.Id), new SignUpRequest(recipient, TuesdayUtc, false));
        var other = await host.RecipientClient(recipient).PostJsonAsync(SignUps(activity.Id), new SignUpRequest(someoneElse, TuesdayUtc, false));

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Cancelling_the_activity_ends_its_sign_ups_and_names_the_recipients()
    {
        var activity = await ActivityAsync(capacity: 5);
        var recipient = await host.RecipientAsync();
        var signUp = await SignUpAsync(activity.Id, recipient);

        await (await host.Coordinator().PostJsonAsync($"/api/activities/activities/{activity.Id}/cancel", new CancelRequest("Storm", null))).ReadAsync<ActivityResponse>();

        var after = await (await Staff.GetAsync($"/api/activities/sign-ups/{signUp.Id}")).ReadAsync<SignUpResponse>();
        Assert.Equal(SignUpStatus.Cancelled, after.Status);
        var cancelled = Assert.Single(await host.Events.WaitForAsync<ActivityCancelled>(e => e.ActivityId == activity.Id));
        Assert.Equal([recipient], cancelled.SignedUpRecipientIds);
    }

    [Fact]
    public async Task Attendance_is_recorded_after_the_occurrence_started_and_409_before()
    {
        var organiser = await Http.OrganiserAsync(host.Coordinator());
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var soon = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow().AddMinutes(10), zone).DateTime;
        soon = new DateTime(soon.Year, soon.Month, soon.Day, soon.Hour, soon.Minute, 0);
        var activity = await Http.PublishAsync(host.Coordinator(), Http.Activity(organiser, soon) with { End = soon.AddMinutes(20) });
        var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(soon, zone));
        var signUp = await (await Staff.PostJsonAsync(SignUps(activity.Id), new SignUpRequest(await host.RecipientAsync(), start, false))).ReadAsync<SignUpResponse>();

        var early = await Staff.PutJsonAsync($"/api/activities/sign-ups/{signUp.Id}/attendance", new AttendanceRequest(true));
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var recorded = await (await Staff.PutJsonAsync($"/api/activities/sign-ups/{signUp.Id}/attendance", new AttendanceRequest(true))).ReadAsync<SignUpResponse>();

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.True(recorded.Attended);
    }

    [Fact]
    public async Task A_transport_request_is_matched_to_a_free_driver_volunteer_of_the_zone_once()
    {
        var activity = await ActivityAsync(capacity: 5);
        var driver = await host.WithDbAsync(async db =>
        {
            var volunteer = Volunteer.Register("1848", new VolunteerProfile("Ola Sjåfør", "+47 900 00 001", [VolunteerRole.Driver], [], ["nb"], ["Transportsona"],
                [new WeeklySlot(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(15, 0))], 67.79, 15.06, null, true, VolunteerStatus.Active));
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return volunteer.Id;
        });
        var first = await host.RecipientAsync(zone: "Transportsona");
        var second = await host.RecipientAsync(zone: "Transportsona");

        var driven = await SignUpAsync(activity.Id, first, transport: true);
        var notDriven = await SignUpAsync(activity.Id, second, transport: true);
        var retry = await Staff.PostAsync($"/api/activities/sign-ups/{notDriven.Id}/transport", null);

        Assert.Equal((TransportStatus.Arranged, (Guid?)driver), (driven.Transport, driven.DriverVolunteerId));
        Assert.Equal(TransportStatus.Requested, notDriven.Transport);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        var arranged = Assert.Single(await host.Events.WaitForAsync<TransportArranged>(e => e.SignUpId == driven.Id));
        Assert.Equal(("Ola Sjåfør", first), (arranged.DriverName, arranged.RecipientId));
    }
}
