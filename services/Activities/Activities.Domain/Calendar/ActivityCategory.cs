namespace CareServices.Activities.Domain.Calendar;

/// <summary>The kinds of activity a monthly calendar shows (and interests point to).</summary>
public enum ActivityCategory
{
    /// <summary>Outing or bus trip.</summary>
    Outing,
    Cafe,

    /// <summary>A shared meal; dining friends.</summary>
    Meal,
    BakingCooking,
    MusicSinging,
    Devotion,
    ExerciseWalk,
    Crafts,
    CardsGames,
    GenerationalMeeting,
    Culture,
    Other,
}
