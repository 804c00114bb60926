namespace CareServices.Assessment.Domain.Appeals;

public enum AppealStatus
{
    /// <summary>Received; the municipality has not reconsidered it yet.</summary>
    Registered,

    /// <summary>The municipality reversed part of its decision; the rest awaits forwarding.</summary>
    PartlyReversed,

    /// <summary>Upheld (in whole or in the part not reversed) and sent to the appeal body.</summary>
    Forwarded,

    /// <summary>Concluded: reversed in full by the municipality, or decided by the appeal body.</summary>
    Decided,
}
