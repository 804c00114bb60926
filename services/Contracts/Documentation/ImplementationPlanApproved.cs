using MassTransit;

namespace CareServices.Contracts.Documentation;

/// <summary>
/// A Nurse or UnitLeader approved a version of a recipient's implementation plan: from now on care workers work
/// from it, and work lists show its task texts. Practical notes (key, pets) stay in Documentation.
/// </summary>
[MessageUrn("careservices:documentation:implementation-plan-approved:v1")]
public sealed record ImplementationPlanApproved : IntegrationEvent
{
    public required Guid PlanId { get; init; }
    public required Guid RecipientId { get; init; }
    public required int Version { get; init; }
    public required Guid DecisionId { get; init; }
    public required IReadOnlyList<ImplementationPlanTask> Tasks { get; init; }
}
