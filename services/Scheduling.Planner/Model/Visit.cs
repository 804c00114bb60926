namespace CareServices.Scheduling.Planner.Model;

/// <summary>
/// One visit by one staff member at a recipient's home. A two-person visit is two <see cref="Visit"/>s
/// tied together by a <see cref="VisitSynchronisation"/>, so each half can ask for its own competence and duration.
/// </summary>
/// <param name="Id">Unique visit id.</param>
/// <param name="RecipientId">Recipient the visit is for; continuity terms are counted per recipient.</param>
/// <param name="Location">Index into the travel matrix.</param>
/// <param name="Duration">Minutes at the recipient.</param>
/// <param name="Earliest">Earliest start, minutes from the horizon start.</param>
/// <param name="Latest">Latest start. Later starts are forbidden unless <paramref name="LatenessAllowed"/>.</param>
/// <param name="LatenessAllowed">When true a start after <paramref name="Latest"/> is allowed and costs tardiness.</param>
/// <param name="RequiredCompetences">Every one of these must be held by the staff member.</param>
/// <param name="Priority">Weight of leaving the visit unassigned (1 = normal).</param>
/// <param name="Day">Day index within the horizon (continuity is counted per day).</param>
/// <param name="Period">Shift period within the day (e.g. 0 = day, 1 = evening); a bundle is a recipient's visits of one period.</param>
public sealed record Visit(
    string Id,
    string RecipientId,
    int Location,
    double Duration,
    double Earliest,
    double Latest,
    bool LatenessAllowed,
    IReadOnlySet<string> RequiredCompetences,
    int Priority = 1,
    int Day = 0,
    int Period = 0)
{
    /// <summary>Shift the visit must be done in, if any.</summary>
    public string? PinnedShiftId { get; init; }

    /// <summary>Fixed start time, if any (e.g. a visit already under way).</summary>
    public double? PinnedStart { get; init; }
}
