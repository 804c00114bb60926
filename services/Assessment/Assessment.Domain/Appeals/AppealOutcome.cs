namespace CareServices.Assessment.Domain.Appeals;

/// <summary>What a reconsideration or the appeal body concluded.</summary>
public enum AppealOutcome
{
    ReversedInFull,
    ReversedInPart,
    Upheld,

    /// <summary>The appeal body set the decision aside and sent the case back for a new decision (opphevet).</summary>
    Quashed,

    /// <summary>The appeal body did not hear the appeal (avvist), e.g. too late without excuse.</summary>
    Dismissed,
}
