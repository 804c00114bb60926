using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Api.Api.Interests;

public sealed record ChecklistResponse(
    Guid Id, Guid RecipientId, DateOnly DoneOn, string DoneBy, IReadOnlyList<ChecklistAnswer> Answers, bool LivesAlone,
    MeetingFrequency MeetsOthers, int Loneliness, bool NeedsTransport, bool NeedsEscort, bool NeedsWheelchairAccess,
    bool NeedsHearingLoop, string? Misses, DateOnly NextDueOn)
{
    public static ChecklistResponse From(InterestChecklist c) => new(
        c.Id, c.RecipientId, c.DoneOn, c.DoneBy, c.Answers, c.LivesAlone, c.MeetsOthers, c.Loneliness, c.NeedsTransport, c.NeedsEscort,
        c.NeedsWheelchairAccess, c.NeedsHearingLoop, c.Misses, c.NextDueOn);
}
