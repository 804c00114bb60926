using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>A planned visit was cancelled (recipient not home, in hospital, …); its minutes no longer count as planned.</summary>
[MessageUrn("careservices:scheduling:visit-cancelled:v1")]
public sealed record VisitCancelled : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public string? Reason { get; init; }
}
