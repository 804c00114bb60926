namespace CareServices.Scheduling.Planner.Model;

/// <summary>
/// Two visits that need two different staff members: start(second) − start(first) ∈ [MinGap, MaxGap].
/// MinGap = MaxGap = 0 means both start together.
/// </summary>
public sealed record VisitSynchronisation(string FirstVisitId, string SecondVisitId, double MinGap, double MaxGap)
{
    /// <summary>Both staff members start at the same moment.</summary>
    public static VisitSynchronisation Simultaneous(string first, string second) => new(first, second, 0, 0);

    /// <summary>The second visit starts between <paramref name="minGap"/> and <paramref name="maxGap"/> minutes after the first.</summary>
    public static VisitSynchronisation Sequenced(string first, string second, double minGap, double maxGap) =>
        new(first, second, minGap, maxGap);

    public bool IsSimultaneous => MinGap == 0 && MaxGap == 0;
}
