using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Domain.Interests;

/// <summary>
/// The interests the checklist asks about, grouped as in the municipal checklist form. Each points to the activity
/// categories that serve it, which is what matching and the unit statistics read.
/// </summary>
public static class InterestCatalogue
{
    public static readonly IReadOnlyList<Interest> All =
    [
        new("busTrips", InterestGroup.Outdoors, "Busstur", [ActivityCategory.Outing]),
        new("walks", InterestGroup.Outdoors, "Gåtur", [ActivityCategory.ExerciseWalk]),
        new("fishing", InterestGroup.Outdoors, "Fiske", [ActivityCategory.Outing]),
        new("gardening", InterestGroup.Outdoors, "Hagearbeid", [ActivityCategory.Outing, ActivityCategory.Other]),
        new("berryPicking", InterestGroup.Outdoors, "Bærplukking", [ActivityCategory.Outing]),
        new("theatreCinema", InterestGroup.Culture, "Teater og kino", [ActivityCategory.Culture]),
        new("localHistory", InterestGroup.Culture, "Lokalhistorie", [ActivityCategory.Culture]),
        new("readingAloud", InterestGroup.Culture, "Høytlesing", [ActivityCategory.Culture]),
        new("singing", InterestGroup.Music, "Allsang", [ActivityCategory.MusicSinging]),
        new("concerts", InterestGroup.Music, "Konserter", [ActivityCategory.MusicSinging, ActivityCategory.Culture]),
        new("dancing", InterestGroup.Music, "Dans", [ActivityCategory.MusicSinging]),
        new("devotion", InterestGroup.Faith, "Andakt", [ActivityCategory.Devotion]),
        new("hymns", InterestGroup.Faith, "Salmesang", [ActivityCategory.Devotion, ActivityCategory.MusicSinging]),
        new("knitting", InterestGroup.Crafts, "Strikking og håndarbeid", [ActivityCategory.Crafts]),
        new("woodwork", InterestGroup.Crafts, "Snekring", [ActivityCategory.Crafts]),
        new("baking", InterestGroup.Food, "Baking", [ActivityCategory.BakingCooking]),
        new("cooking", InterestGroup.Food, "Matlaging", [ActivityCategory.BakingCooking]),
        new("diningTogether", InterestGroup.Food, "Spise sammen med andre", [ActivityCategory.Meal]),
        new("cafe", InterestGroup.Social, "Kafé og prat", [ActivityCategory.Cafe]),
        new("cardGames", InterestGroup.Social, "Kortspill og spill", [ActivityCategory.CardsGames]),
        new("children", InterestGroup.Social, "Være sammen med barn og unge", [ActivityCategory.GenerationalMeeting]),
        new("exercise", InterestGroup.Sport, "Trim", [ActivityCategory.ExerciseWalk]),
        new("sportOnTv", InterestGroup.Sport, "Sport på TV", [ActivityCategory.Other]),
        new("computerTablet", InterestGroup.Learning, "Data og nettbrett", [ActivityCategory.GenerationalMeeting, ActivityCategory.Other]),
        new("lectures", InterestGroup.Learning, "Foredrag", [ActivityCategory.Culture]),
        new("animals", InterestGroup.Animals, "Dyr", [ActivityCategory.Outing]),
    ];

    private static readonly Dictionary<string, Interest> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static Interest? Find(string code) => ByCode.GetValueOrDefault(code);
}
