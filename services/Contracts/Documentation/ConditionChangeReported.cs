using MassTransit;

namespace CareServices.Contracts.Documentation;

/// <summary>
/// A visit report flagged a change in the recipient's condition. <see cref="Category"/> is <c>appetite</c>,
/// <c>mobility</c>, <c>mood</c>, <c>memory</c>, <c>skin</c>, <c>fall</c>, <c>pain</c> or <c>other</c>; what was
/// observed stays in the report, which only staff with a care relation read.
/// </summary>
[MessageUrn("careservices:documentation:condition-change-reported:v1")]
public sealed record ConditionChangeReported : IntegrationEvent
{
    public required Guid VisitReportId { get; init; }
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required string Zone { get; init; }
    public required string Category { get; init; }
    public required Guid ReportedByStaffId { get; init; }
}
