using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// Nobody checked in to a published visit within 30 minutes after its time window opened: the unit must find out
/// why and call the recipient.
/// </summary>
[MessageUrn("careservices:scheduling:visit-missed:v1")]
public sealed record VisitMissed : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required DateTimeOffset WindowStart { get; init; }
    public required IReadOnlyList<Guid> StaffIds { get; init; }
}
