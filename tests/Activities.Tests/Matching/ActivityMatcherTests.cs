using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.Volunteers;
using static CareServices.Activities.Tests.Matching.MatchingFixture;

namespace CareServices.Activities.Tests.Matching;

public sealed class ActivityMatcherTests
{
    // Tuesday 4 May 2027 (summer time: 11:00 Oslo = 09:00 UTC); the series repeat weekly.
    private static readonly DateTime Tuesday11 = new(2027, 5, 4, 11, 0, 0);

    private static IReadOnlyList<ActivitySuggestion> Suggest(
        IEnumerable<Activity> activities, IReadOnlyList<Occurrence>? visits = null, IReadOnlyList<DriverCandidate>? drivers = null, bool needsTransport = true) =>
        new ActivityMatcher(Oslo).Suggest(Recipient(Checklist(needsTransport)),
            activities.Select(a => (a, a.OccurrencesBetween(Now, Now.AddDays(21)))),
            visits ?? [], drivers ?? []);

    [Fact]
    public void Activities_rank_by_interest_then_distance_and_each_says_why()
    {
        var busTrip = Activity("Busstur", ActivityCategory.Outing, 67.87, 15.05, Tuesday11, transport: true);     // ~10 km
        var singing = Activity("Allsang", ActivityCategory.MusicSinging, 67.785, 15.05, Tuesday11, transport: true); // ~0.6 km
        var baking = Activity("Baking", ActivityCategory.BakingCooking, 67.78, 15.05, Tuesday11, transport: true);  // 0 km

        var suggestions = Suggest([busTrip, singing, baking]);

        Assert.Equal(["Busstur", "Allsang", "Baking"], suggestions.Select(s => s.Title));
        Assert.Equal(
            ["Interest: Busstur (would like to try)", "Interest: Fiske (does now)", "10.0 km from home", "Transport offered by the organiser",
             "No clash with planned visits", "In the recipient's language (nb)"],
            suggestions[0].Reasons);
        Assert.Equal(30 + 25 + 0 + 10 + 5, suggestions[0].Score);
        Assert.Equal(
            ["Interest: Allsang (does now)", "0.6 km from home", "Transport offered by the organiser", "No clash with planned visits", "In the recipient's language (nb)"],
            suggestions[1].Reasons);
        Assert.Equal(25 + 19 + 10 + 5, suggestions[1].Score);
        Assert.Equal(0 + 20 + 10 + 5, suggestions[2].Score);
    }

    [Fact]
    public void An_activity_the_recipient_is_not_interested_in_is_left_out() =>
        Assert.Empty(Suggest([Activity("Kortspill", ActivityCategory.CardsGames, 67.78, 15.05, Tuesday11, transport: true)]));

    [Fact]
    public void An_activity_without_transport_or_a_free_driver_is_left_out_and_a_free_driver_brings_it_back()
    {
        var crafts = Activity("Strikkekafé", ActivityCategory.Crafts, 67.9, 15.05, Tuesday11);
        var driver = Volunteer("Ola Sjåfør", [], ["nb"], 67.79, null, role: VolunteerRole.Driver);
        driver.Change(new VolunteerProfile("Ola Sjåfør", "", [VolunteerRole.Driver], [], ["nb"], ["Leiranger"],
            [new WeeklySlot(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(14, 0))], 67.79, 15.05, null, true, VolunteerStatus.Active));

        var without = Suggest([crafts]);
        var with = Suggest([crafts], drivers: [new DriverCandidate(driver, [])]);

        Assert.Empty(without);
        var suggestion = Assert.Single(with);
        Assert.Contains("Driver volunteer Ola Sjåfør is free then", suggestion.Reasons);
        Assert.Contains("Interest: Strikking og håndarbeid (used to)", suggestion.Reasons);
    }

    [Fact]
    public void An_occurrence_that_clashes_with_a_planned_visit_is_skipped_for_the_next_one()
    {
        var singing = Activity("Allsang", ActivityCategory.MusicSinging, 67.78, 15.05, Tuesday11);
        var firstStart = new DateTimeOffset(2027, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var visit = new Occurrence(firstStart.AddMinutes(30), firstStart.AddMinutes(60));

        var suggestion = Assert.Single(Suggest([singing], visits: [visit], needsTransport: false));

        Assert.Equal(firstStart.AddDays(7), suggestion.Occurrence.Start);
        Assert.Contains("1 earlier occurrence(s) skipped: clash with a planned visit", suggestion.Reasons);
    }

    [Fact]
    public void A_recipient_in_a_wheelchair_is_offered_only_accessible_places_and_a_hearing_loop_counts_for_one_who_needs_it()
    {
        var steps = Activity("Allsang i kjelleren", ActivityCategory.MusicSinging, 67.78, 15.05, Tuesday11, transport: true, wheelchairAccessible: false);
        var level = Activity("Allsang i fellesstua", ActivityCategory.MusicSinging, 67.78, 15.05, Tuesday11, transport: true, hearingLoop: true);
        var recipient = Recipient(Checklist(needsWheelchairAccess: true, needsHearingLoop: true));

        var suggestion = Assert.Single(new ActivityMatcher(Oslo).Suggest(recipient,
            [(steps, steps.OccurrencesBetween(Now, Now.AddDays(7))), (level, level.OccurrencesBetween(Now, Now.AddDays(7)))], [], []));

        Assert.Equal(level.Id, suggestion.ActivityId);
        Assert.Equal(
            ["Interest: Allsang (does now)", "Wheelchair accessible", "Hearing loop", "0.0 km from home", "Transport offered by the organiser",
             "No clash with planned visits", "In the recipient's language (nb)"],
            suggestion.Reasons);
        Assert.Equal(25 + 5 + 5 + 20 + 10 + 5, suggestion.Score);
    }

    [Fact]
    public void Without_a_checklist_the_suggestion_says_interests_are_unknown()
    {
        var singing = Activity("Allsang", ActivityCategory.MusicSinging, 67.78, 15.05, Tuesday11);

        var suggestion = Assert.Single(new ActivityMatcher(Oslo).Suggest(Recipient(null),
            [(singing, singing.OccurrencesBetween(Now, Now.AddDays(7)))], [], []));

        Assert.Contains("No interest checklist yet: interests unknown", suggestion.Reasons);
    }
}
