using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Domain.Matching;

/// <summary>What matching knows of a recipient: where they live, their language, and their newest interest checklist.</summary>
public sealed record RecipientProfile(Guid RecipientId, string Zone, double Latitude, double Longitude, string Language, InterestChecklist? Checklist)
{
    /// <summary>Interests the recipient does now, used to do or would like to try, with the answer.</summary>
    public IEnumerable<(Interest Interest, InterestAnswer Answer)> PositiveInterests =>
        Checklist is null ? [] : Checklist.Answers
            .Where(a => a.Answer != InterestAnswer.NotInterested)
            .Select(a => (InterestCatalogue.Find(a.InterestCode), a.Answer))
            .Where(pair => pair.Item1 is not null)
            .Select(pair => (pair.Item1!, pair.Answer));
}
