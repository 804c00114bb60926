using System.Net;
using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Api.Volunteers;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

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
}
