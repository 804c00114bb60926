using MassTransit;

namespace CareServices.Contracts.Documentation;

/// <summary>
/// A deviation (avvik) was reported. <see cref="Type"/> is <c>fall</c>, <c>medicationError</c>, <c>missedVisit</c>,
/// <c>violenceOrThreat</c>, <c>equipment</c> or <c>other</c>; <see cref="Severity"/> is <c>low</c>, <c>medium</c>,
/// <c>high</c> or <c>critical</c>. The description stays in Documentation.
/// </summary>
[MessageUrn("careservices:documentation:deviation-reported:v1")]
public sealed record DeviationReported : IntegrationEvent
{
    public required Guid DeviationId { get; init; }
    public Guid? RecipientId { get; init; }
    public Guid? VisitId { get; init; }
    public required string Zone { get; init; }
    public required string Type { get; init; }
    public required string Severity { get; init; }

    /// <summary>Who reported it; null when the system opened it (a missed visit).</summary>
    public Guid? ReportedByStaffId { get; init; }
}
