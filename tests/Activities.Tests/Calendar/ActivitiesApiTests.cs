using System.Net;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Tests.Calendar;

public sealed class ActivitiesApiTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private const string Root = "/api/activities/activities";
    private static readonly DateTime TuesdayBeforeSummerTime = new(2027, 3, 16, 11, 0, 0);

    private HttpClient Coordinator => host.Coordinator();

    [Fact]
    public async Task Publishing_an_activity_publishes_ActivityPublished_once_through_the_outbox()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);

        var activity = await Http.PublishAsync(Coordinator, Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=WEEKLY;BYDAY=TU", capacity: 12));

        var published = Assert.Single(await host.Events.WaitForAsync<ActivityPublished>(e => e.ActivityId == activity.Id));
        Assert.Equal(("cafe", "FREQ=WEEKLY;BYDAY=TU", 12, "1848"), (published.Category, published.Recurrence, published.Capacity, published.MunicipalityId));
        Assert.Equal(new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.Zero), published.StartsAt);
        var outbox = await host.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.AggregateId == activity.Id.ToString()).ToListAsync());
        Assert.NotNull(Assert.Single(outbox).SentAt);
    }

    [Fact]
    public async Task An_invalid_recurrence_is_422_naming_recurrence_and_nothing_is_stored()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);

        var response = await Coordinator.PostJsonAsync(Root, Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=WEEKLY;BYDAY=XX") with { Title = "Ugyldig regel" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["recurrence"], await response.ProblemFieldsAsync());
        Assert.False(await host.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == "Ugyldig regel")));
    }

    [Fact]
    public async Task A_recurrence_more_often_than_daily_is_422_naming_recurrence()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);

        var response = await Coordinator.PostJsonAsync(Root, Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=MINUTELY"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["recurrence"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_end_before_the_start_is_422_naming_end()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var request = Http.Activity(organiser, TuesdayBeforeSummerTime) with { End = TuesdayBeforeSummerTime.AddHours(-1) };

        var response = await Coordinator.PostJsonAsync(Root, request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["end"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_organiser_of_another_municipality_is_422_naming_organiserId()
    {
        var foreign = await Http.OrganiserAsync(host.Coordinator("1804"), "Bodø frivilligsentral");

        var response = await Coordinator.PostJsonAsync(Root, Http.Activity(foreign, TuesdayBeforeSummerTime));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["organiserId"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Occurrences_of_a_weekly_activity_stay_at_11_local_across_the_change_to_summer_time()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var activity = await Http.PublishAsync(Coordinator, Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=WEEKLY;BYDAY=TU"));

        var occurrences = await (await Coordinator.GetAsync($"{Root}/{activity.Id}/occurrences?from=2027-03-20T00:00:00Z&to=2027-04-07T00:00:00Z"))
            .ReadAsync<List<OccurrenceResponse>>();

        // Tuesdays 23 March (winter time), 30 March and 6 April (summer time, from 28 March).
        Assert.Equal([new TimeOnly(11, 0), new TimeOnly(11, 0), new TimeOnly(11, 0)], occurrences.Select(o => TimeOnly.FromDateTime(o.LocalStart)));
        Assert.Equal([10, 9, 9], occurrences.Select(o => o.Start.UtcDateTime.Hour));
    }

    [Fact]
    public async Task Changing_an_activity_publishes_ActivityChanged_once_naming_what_changed()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var request = Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=WEEKLY;BYDAY=TU");
        var activity = await Http.PublishAsync(Coordinator, request);

        var changed = await (await Coordinator.PutJsonAsync($"{Root}/{activity.Id}", request with { Title = "Vaffelkafé", Capacity = 20 }))
            .ReadAsync<ActivityResponse>();

        Assert.Equal("Vaffelkafé", changed.Title);
        var published = Assert.Single(await host.Events.WaitForAsync<ActivityChanged>(e => e.ActivityId == activity.Id));
        Assert.Equal(["title", "capacity"], published.Changes);
    }

    [Fact]
    public async Task Cancelling_publishes_ActivityCancelled_once_and_a_cancelled_activity_cannot_be_changed_409()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var request = Http.Activity(organiser, TuesdayBeforeSummerTime);
        var activity = await Http.PublishAsync(Coordinator, request);

        var cancelled = await (await Coordinator.PostJsonAsync($"{Root}/{activity.Id}/cancel", new CancelRequest("Sjåføren er syk", null))).ReadAsync<ActivityResponse>();
        var change = await Coordinator.PutJsonAsync($"{Root}/{activity.Id}", request with { Title = "For sent" });

        Assert.Equal(ActivityStatus.Cancelled, cancelled.Status);
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        var published = Assert.Single(await host.Events.WaitForAsync<ActivityCancelled>(e => e.ActivityId == activity.Id));
        Assert.Equal(("Sjåføren er syk", (DateTimeOffset?)null), (published.Reason, published.OccurrenceStart));
    }

    [Fact]
    public async Task Cancelling_one_occurrence_leaves_the_others_of_the_series()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var activity = await Http.PublishAsync(Coordinator, Http.Activity(organiser, TuesdayBeforeSummerTime, "FREQ=WEEKLY;BYDAY=TU"));
        var second = new DateTimeOffset(2027, 3, 23, 10, 0, 0, TimeSpan.Zero);

        await (await Coordinator.PostJsonAsync($"{Root}/{activity.Id}/cancel", new CancelRequest(null, second))).ReadAsync<ActivityResponse>();
        var occurrences = await (await Coordinator.GetAsync($"{Root}/{activity.Id}/occurrences?from=2027-03-16T00:00:00Z&to=2027-03-31T00:00:00Z"))
            .ReadAsync<List<OccurrenceResponse>>();

        Assert.Equal([new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 30, 9, 0, 0, TimeSpan.Zero)],
            occurrences.Select(o => o.Start));
        Assert.Equal(second, Assert.Single(await host.Events.WaitForAsync<ActivityCancelled>(e => e.ActivityId == activity.Id)).OccurrenceStart);
    }

    [Fact]
    public async Task Only_coordinators_publish_activities_403_for_a_care_worker()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);

        var response = await host.Client(Roles.CareWorker).PostJsonAsync(Root, Http.Activity(organiser, TuesdayBeforeSummerTime));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Another_municipality_does_not_see_the_activity_404()
    {
        var organiser = await Http.OrganiserAsync(Coordinator);
        var activity = await Http.PublishAsync(Coordinator, Http.Activity(organiser, TuesdayBeforeSummerTime));

        var response = await host.Client(Roles.CareWorker, "1804").GetAsync($"{Root}/{activity.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_activity_api_is_401()
    {
        var response = await host.Anonymous().GetAsync("/api/activities/organisers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
