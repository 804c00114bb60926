using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Domain.Matching;

public sealed record WatchListEntry(
    Guid RecipientId, string Name, string Zone, int Score, int Loneliness, MeetingFrequency MeetsOthers,
    DateTimeOffset? LastContact, IReadOnlyList<string> Reasons);
