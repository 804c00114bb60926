namespace CareServices.Scheduling.Api.Api.Plans;

public sealed record PlanRequest(string? Zone, DateOnly? Date, DateOnly? To, int? TimeLimitSeconds);

public sealed record PlanQueued(IReadOnlyList<Guid> PlanIds);

public sealed record PlanResponse(
    Guid Id, string Zone, DateOnly Date, string Kind, string Status, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, DateTimeOffset? PublishedAt, string? Error, PlanProgress? Progress, PlanKpiFigures? Figures);

public sealed record PlanProgress(double ElapsedSeconds, double BestObjective, int TimeLimitSeconds);

/// <summary>The Back-to-Basic figures of a finished plan; presence is measured against the 65 % target.</summary>
public sealed record PlanKpiFigures(
    int Visits, int Unassigned, IReadOnlyList<Guid> UnassignedVisitIds, double Presence, double PresenceTarget,
    double DistinctStaffPerRecipientShift, double ContactPersonShare, double TravelShare, double Objective);

public sealed record PlannedVisitResponse(
    Guid VisitId, Guid RecipientId, DateOnly Date, TimeOnly WindowStart, TimeOnly WindowEnd, int Minutes,
    DateTimeOffset? PlannedStart, IReadOnlyList<Guid> StaffIds, int RouteOrder, bool Pinned, bool DoubleStaffing,
    IReadOnlyList<string> Competences, string Status);

public sealed record MoveRequest(IReadOnlyList<Guid>? StaffIds, DateTimeOffset? Start);

public sealed record MoveResponse(PlannedVisitResponse Visit, IReadOnlyList<string> Warnings);

public sealed record PublishResponse(Guid PlanId, int ChangedVisits);
