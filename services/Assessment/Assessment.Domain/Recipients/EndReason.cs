namespace CareServices.Assessment.Domain.Recipients;

/// <summary>Why a recipient no longer receives home-based services.</summary>
public enum EndReason
{
    Died,
    Moved,
    LongTermCare,
    NoLongerNeeds,
}
