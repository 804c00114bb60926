using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>A care worker came to a visit and the recipient was not home (or did not open); the visit was not carried out.</summary>
[MessageUrn("careservices:scheduling:recipient-not-home:v1")]
public sealed record RecipientNotHome : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required Guid StaffId { get; init; }
    public required DateTimeOffset ReportedAt { get; init; }
}
