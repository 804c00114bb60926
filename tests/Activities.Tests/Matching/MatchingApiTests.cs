using System.Net;
using CareServices.Activities.Api.Api.Activities;
using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Api.Volunteers;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Activities.Tests.Matching;

/// <summary>Each test uses a municipality of its own, so the class's shared database does not mix their data.</summary>
public sealed class MatchingApiTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), Oslo).DateTime);

    private async Task ChecklistAsync(string municipality, Guid recipient, int loneliness = 2, string meetsOthers = "weekly") =>
        await (await host.Client(Roles.CareWorker, municipality).PostJsonAsync($"/api/activities/recipients/{recipient}/interest-checklists",
            new ChecklistRequest(Today, new Dictionary<string, string> { ["singing"] = "doNow" }, true, meetsOthers, loneliness, false, false, false, false, null)))
            .ReadAsync<ChecklistResponse>();

    [Fact]
    public async Task A_visit_Scheduling_plans_pushes_the_suggestion_to_the_next_occurrence_until_the_visit_is_cancelled()
    {
        const string municipality = "7001";
        var recipient = await host.RecipientAsync(municipality: municipality);
        await ChecklistAsync(municipality, recipient);
        var organiser = await Http.OrganiserAsync(host.Coordinator(municipality));
        var firstLocal = Today.AddDays(2).ToDateTime(new TimeOnly(11, 0));
        var activity = await Http.PublishAsync(host.Coordinator(municipality), Http.Activity(organiser, firstLocal, "FREQ=WEEKLY", category: "musicSinging"));
        var first = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(firstLocal, Oslo));
        var visitId = Guid.NewGuid();

        await host.Events.PublishAsync(new VisitScheduled
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = municipality, VisitId = visitId, RecipientId = recipient,
            Date = DateOnly.FromDateTime(firstLocal), PlannedStart = first.AddMinutes(30), PlannedEnd = first.AddMinutes(60), Lines = [],
        });
        await Eventually.UntilAsync(() => host.WithDbAsync(db => db.PlannedVisits.AnyAsync(v => v.VisitId == visitId)));
        var whileVisited = await SuggestionAsync(municipality, recipient, activity.Id);
        await host.Events.PublishAsync(new VisitCancelled
        {
            OccurredAt = host.Clock.GetUtcNow().AddSeconds(1), MunicipalityId = municipality, VisitId = visitId, RecipientId = recipient,
            Date = DateOnly.FromDateTime(firstLocal),
        });
        await Eventually.UntilAsync(() => host.WithDbAsync(db => db.PlannedVisits.AnyAsync(v => v.VisitId == visitId && v.Cancelled)));
        var afterCancel = await SuggestionAsync(municipality, recipient, activity.Id);

        Assert.Equal(first.AddDays(7), whileVisited.Occurrence.Start);
        Assert.Contains("1 earlier occurrence(s) skipped: clash with a planned visit", whileVisited.Reasons);
        Assert.Equal(first, afterCancel.Occurrence.Start);
        Assert.Contains("Interest: Allsang (does now)", afterCancel.Reasons);
    }

    private async Task<ActivitySuggestion> SuggestionAsync(string municipality, Guid recipient, Guid activityId) =>
        Assert.Single(await (await host.Client(Roles.CareWorker, municipality).GetAsync($"/api/activities/recipients/{recipient}/suggested-activities?days=30"))
            .ReadAsync<List<ActivitySuggestion>>(), s => s.ActivityId == activityId);

    [Fact]
    public async Task The_loneliness_watch_list_leaves_out_a_lonely_recipient_who_has_a_visit_friend()
    {
        const string municipality = "7002";
        var alone = await host.RecipientAsync(zone: "Nordfold", municipality: municipality, name: "Alene Uten Kontakt");
        var befriended = await host.RecipientAsync(zone: "Nordfold", municipality: municipality, name: "Har Besøksvenn");
        await ChecklistAsync(municipality, alone, loneliness: 5, meetsOthers: "never");
        await ChecklistAsync(municipality, befriended, loneliness: 5, meetsOthers: "never");
        var volunteer = await (await host.Coordinator(municipality).PostJsonAsync("/api/activities/volunteers", new VolunteerRequest(
            "Randi", "", ["visitFriend"], ["singing"], ["nb"], ["Nordfold"], [], null, null, Today.AddYears(-1), true, "active"))).ReadAsync<VolunteerResponse>();
        await (await host.Coordinator(municipality).PostJsonAsync($"/api/activities/volunteers/{volunteer.Id}/matches", new MatchRequest(befriended, "visitFriend")))
            .ReadAsync<MatchResponse>();

        var list = await (await host.Client(Roles.CareWorker, municipality).GetAsync("/api/activities/loneliness-watch?zone=Nordfold")).ReadAsync<List<WatchListEntry>>();

        var entry = Assert.Single(list);
        Assert.Equal(alone, entry.RecipientId);
        Assert.Equal(["Lives alone", "Loneliness 5 of 5", "Meets others never", "No activity or volunteer contact recorded"], entry.Reasons);
    }

    [Fact]
    public async Task Volunteer_suggestions_for_a_recipient_of_another_municipality_are_404()
    {
        var recipient = await host.RecipientAsync(municipality: "7003");

        var response = await host.Client(Roles.CareWorker, "7004").GetAsync($"/api/activities/recipients/{recipient}/suggested-volunteers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_limit_outside_1_to_500_is_422_naming_limit()
    {
        var recipient = await host.RecipientAsync(municipality: "7005");

        var response = await host.Client(Roles.CareWorker, "7005").GetAsync($"/api/activities/recipients/{recipient}/suggested-activities?limit=0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["limit"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_recipient_cannot_read_the_watch_list_403()
    {
        var response = await host.RecipientClient(Guid.NewGuid()).GetAsync("/api/activities/loneliness-watch");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_changed_or_cancelled_activity_shows_in_the_very_next_suggestions()
    {
        const string municipality = "7006";
        var recipient = await host.RecipientAsync(municipality: municipality);
        await ChecklistAsync(municipality, recipient);
        var coordinator = host.Coordinator(municipality);
        var request = Http.Activity(await Http.OrganiserAsync(coordinator), Today.AddDays(2).ToDateTime(new TimeOnly(11, 0)), "FREQ=WEEKLY", category: "musicSinging");
        var activity = await Http.PublishAsync(coordinator, request);
        var before = await SuggestionAsync(municipality, recipient, activity.Id);

        await (await coordinator.PutJsonAsync($"/api/activities/activities/{activity.Id}", request with { Title = "Allsang i kantina" })).ReadAsync<ActivityResponse>();
        var changed = await SuggestionAsync(municipality, recipient, activity.Id);
        await (await coordinator.PostJsonAsync($"/api/activities/activities/{activity.Id}/cancel", new CancelRequest("Koret har ferie", null))).ReadAsync<ActivityResponse>();
        var afterCancel = await (await host.Client(Roles.CareWorker, municipality).GetAsync($"/api/activities/recipients/{recipient}/suggested-activities?days=30"))
            .ReadAsync<List<ActivitySuggestion>>();

        Assert.Equal("Kafé på Steigentunet", before.Title);
        Assert.Equal("Allsang i kantina", changed.Title);
        Assert.DoesNotContain(afterCancel, s => s.ActivityId == activity.Id);
    }

    [Fact]
    public async Task A_visit_friend_whose_police_certificate_is_changed_to_an_expired_one_is_excluded_in_the_very_next_suggestions()
    {
        const string municipality = "7007";
        var recipient = await host.RecipientAsync(zone: "Nordfold", municipality: municipality);
        var coordinator = host.Coordinator(municipality);
        var request = new VolunteerRequest("Randi", "", ["visitFriend"], ["singing"], ["nb"], ["Nordfold"], [], null, null, Today.AddYears(-1), true, "active");
        var volunteer = await (await coordinator.PostJsonAsync("/api/activities/volunteers", request)).ReadAsync<VolunteerResponse>();
        var before = await VolunteerSuggestionAsync(municipality, recipient);

        await (await coordinator.PutJsonAsync($"/api/activities/volunteers/{volunteer.Id}", request with { PoliceCertificateIssuedOn = Today.AddYears(-4) }))
            .ReadAsync<VolunteerResponse>();
        var after = await VolunteerSuggestionAsync(municipality, recipient);

        Assert.False(before.Excluded);
        Assert.True(after.Excluded);
        Assert.StartsWith("Not for home visits:", Assert.Single(after.Reasons));
    }

    [Fact]
    public async Task The_warmer_expands_every_published_activity_of_every_municipality_before_a_request_asks()
    {
        var first = await Http.PublishAsync(host.Coordinator("7008"), Http.Activity(await Http.OrganiserAsync(host.Coordinator("7008")), Today.AddDays(3).ToDateTime(new TimeOnly(12, 0)), "FREQ=WEEKLY"));
        var second = await Http.PublishAsync(host.Coordinator("7009"), Http.Activity(await Http.OrganiserAsync(host.Coordinator("7009")), Today.AddDays(4).ToDateTime(new TimeOnly(12, 0))));
        var activities = await host.WithDbAsync(db => db.Activities.AsNoTracking().Where(a => a.Id == first.Id || a.Id == second.Id).ToListAsync());
        var cache = host.Factory.Services.GetRequiredService<OccurrenceCache>();
        var now = host.Clock.GetUtcNow();
        var coldBefore = activities.Count(a => !cache.IsWarm(a, now));

        await host.Factory.Services.GetRequiredService<OccurrenceWarmer>().WarmAsync(TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal(2, coldBefore);
        Assert.All(activities, a => Assert.True(cache.IsWarm(a, now)));
    }

    private async Task<VolunteerSuggestion> VolunteerSuggestionAsync(string municipality, Guid recipient) =>
        Assert.Single(await (await host.Client(Roles.CareWorker, municipality).GetAsync($"/api/activities/recipients/{recipient}/suggested-volunteers?role=visitFriend"))
            .ReadAsync<List<VolunteerSuggestion>>());
}
