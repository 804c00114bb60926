using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>A recipient's sign-up (seat or wait-list place) for one occurrence of an activity was cancelled.</summary>
[MessageUrn("careservices:activities:sign-up-cancelled:v1")]
public sealed record SignUpCancelled : IntegrationEvent
{
    public required Guid SignUpId { get; init; }
    public required Guid ActivityId { get; init; }
    public required Guid RecipientId { get; init; }
    public required string ActivityTitle { get; init; }
    public required DateTimeOffset OccurrenceStart { get; init; }
    public string? Reason { get; init; }
}
