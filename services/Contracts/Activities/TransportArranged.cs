using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>A driver volunteer will take a signed-up recipient to (and home from) one occurrence of an activity.</summary>
[MessageUrn("careservices:activities:transport-arranged:v1")]
public sealed record TransportArranged : IntegrationEvent
{
    public required Guid SignUpId { get; init; }
    public required Guid ActivityId { get; init; }
    public required Guid RecipientId { get; init; }
    public required Guid DriverVolunteerId { get; init; }
    public required string DriverName { get; init; }
    public string? DriverPhone { get; init; }
    public required string ActivityTitle { get; init; }
    public required DateTimeOffset OccurrenceStart { get; init; }
}
