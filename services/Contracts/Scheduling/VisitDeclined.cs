using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>The recipient was home but declined the visit's help; nothing was delivered.</summary>
[MessageUrn("careservices:scheduling:visit-declined:v1")]
public sealed record VisitDeclined : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required Guid StaffId { get; init; }
    public required DateTimeOffset ReportedAt { get; init; }
}
