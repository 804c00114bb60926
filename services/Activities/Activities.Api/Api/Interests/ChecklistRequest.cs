namespace CareServices.Activities.Api.Api.Interests;

/// <summary>
/// A filled-in interest checklist. <see cref="Answers"/> maps an interest code of the catalogue to <c>doNow</c>,
/// <c>usedTo</c>, <c>wouldLikeToTry</c> or <c>notInterested</c>; interests left out were not asked.
/// </summary>
public sealed record ChecklistRequest(
    DateOnly? DoneOn, IReadOnlyDictionary<string, string>? Answers, bool? LivesAlone, string? MeetsOthers, int? Loneliness,
    bool NeedsTransport, bool NeedsEscort, bool NeedsWheelchairAccess, bool NeedsHearingLoop, string? Misses);
