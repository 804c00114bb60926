using CareServices.Documentation.Domain.Plans;

namespace CareServices.Documentation.Api.Api.Plans;

public sealed record PlanResponse(
    Guid Id, Guid RecipientId, Guid DecisionId, string DecisionNumber, int DecisionVersion, int Version, PlanStatus Status, bool Stale,
    IReadOnlyList<PlanLineResponse> Lines, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt, Guid? ApprovedBy)
{
    public static PlanResponse From(ImplementationPlan p, int latestDecisionVersion) => new(
        p.Id, p.RecipientId, p.DecisionId, p.DecisionNumber, p.DecisionVersion, p.Version, p.Status, p.IsStale(latestDecisionVersion),
        [.. p.Lines.Select(l => new PlanLineResponse(l.ServiceLineId, l.ServiceCode, l.TaskText, l.RecipientWishes, l.DoesThemselves, l.Goals, l.PracticalNotes, l.ClosedFrom))],
        p.CreatedAt, p.ApprovedAt, p.ApprovedBy);
}
