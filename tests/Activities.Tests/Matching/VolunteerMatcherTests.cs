using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.Volunteers;
using static CareServices.Activities.Tests.Matching.MatchingFixture;

namespace CareServices.Activities.Tests.Matching;

public sealed class VolunteerMatcherTests
{
    private static readonly DateOnly Today = new(2027, 5, 3);

    [Fact]
    public void Volunteers_rank_by_shared_interests_language_and_distance_and_an_old_certificate_is_listed_as_excluded_with_the_reason()
    {
        var kindred = Volunteer("Astrid", ["fishing", "singing", "woodwork"], ["nb"], 67.79, Today.AddYears(-1));
        var speaker = Volunteer("Bjørn", ["woodwork"], ["nb", "en"], 67.78, Today.AddYears(-2));
        var expired = Volunteer("Cecilie", ["fishing"], ["nb"], 67.78, Today.AddYears(-4));
        var noConsent = Volunteer("Dag", ["fishing"], ["nb"], 67.78, Today.AddYears(-1), consent: false);
        var elsewhere = Volunteer("Eva", ["fishing"], ["nb"], 67.78, Today.AddYears(-1), zone: "Nordfold");

        var suggestions = VolunteerMatcher.Suggest(Recipient(Checklist()), VolunteerRole.VisitFriend,
            [expired, speaker, kindred, noConsent, elsewhere], new Dictionary<Guid, int> { [speaker.Id] = 1 }, Today);

        Assert.Equal(["Astrid", "Bjørn", "Cecilie"], suggestions.Select(s => s.Name));
        Assert.Equal([false, false, true], suggestions.Select(s => s.Excluded));
        Assert.Equal(
            ["Shared interests: Fiske, Allsang", "Speaks the recipient's language (nb)", "Lives 1.1 km away", "Free Wednesday 10:00–15:00",
             $"Valid police certificate ({Today.AddYears(-1):yyyy-MM-dd})"],
            suggestions[0].Reasons);
        Assert.Equal(20 + 15 + 18 + 5, suggestions[0].Score);
        Assert.Contains("Already matched with 1 recipient(s)", suggestions[1].Reasons);
        Assert.StartsWith("Not for home visits: has a police certificate from", Assert.Single(suggestions[2].Reasons));
    }

    [Fact]
    public void A_driver_is_matched_without_a_certificate()
    {
        var driver = Volunteer("Ola", [], ["nb"], null, null, role: VolunteerRole.Driver);

        var suggestion = Assert.Single(VolunteerMatcher.Suggest(Recipient(Checklist()), VolunteerRole.Driver, [driver], new Dictionary<Guid, int>(), Today));

        Assert.False(suggestion.Excluded);
    }
}
