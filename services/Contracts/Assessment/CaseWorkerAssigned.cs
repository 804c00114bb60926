using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// The recipient's case worker is now the staff member who granted a version of their decision: they hold the case
/// and, with it, a care relation to the recipient. Published when the granting case worker is known as a staff member
/// (their token carries a staff id); a later event replaces an earlier one.
/// </summary>
[MessageUrn("careservices:assessment:case-worker-assigned:v1")]
public sealed record CaseWorkerAssigned : IntegrationEvent
{
    public required Guid RecipientId { get; init; }

    /// <summary>The case worker's staff id (Scheduling's, as their token's <c>staff_id</c> claim carries it).</summary>
    public required Guid StaffId { get; init; }

    public required string Name { get; init; }

    /// <summary>The decision version whose grant made them the case worker.</summary>
    public required Guid DecisionId { get; init; }
}
