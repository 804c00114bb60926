using MassTransit;

namespace CareServices.Contracts.Documentation;

/// <summary>
/// Staff documented a visit: the minutes actually delivered per service line (zero for a line not done, with the
/// reason in the visit report, which stays in Documentation).
/// </summary>
[MessageUrn("careservices:documentation:visit-documented:v1")]
public sealed record VisitDocumented : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<DeliveredServiceMinutes> Lines { get; init; }
}
