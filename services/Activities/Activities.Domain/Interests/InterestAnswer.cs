namespace CareServices.Activities.Domain.Interests;

/// <summary>The four answers of the interest checklist, per interest.</summary>
public enum InterestAnswer
{
    DoNow,
    UsedTo,
    WouldLikeToTry,
    NotInterested,
}
