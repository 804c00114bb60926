namespace CareServices.Scheduling.Domain.Planning;

/// <summary>What a finished run reports: the Back-to-Basic figures (presence target 65 %) and what could not be planned.</summary>
public sealed record PlanFigures(
    int Visits,
    IReadOnlyList<Guid> UnassignedVisitIds,
    double Presence,
    double DistinctStaffPerRecipientShift,
    double ContactPersonShare,
    double TravelShare,
    double Objective);
