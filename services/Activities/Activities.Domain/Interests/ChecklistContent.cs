namespace CareServices.Activities.Domain.Interests;

/// <summary>A filled-in interest checklist (already validated).</summary>
public sealed record ChecklistContent(
    DateOnly DoneOn, IReadOnlyList<ChecklistAnswer> Answers, bool LivesAlone, MeetingFrequency MeetsOthers, int Loneliness,
    bool NeedsTransport, bool NeedsEscort, bool NeedsWheelchairAccess, bool NeedsHearingLoop, string? Misses);
