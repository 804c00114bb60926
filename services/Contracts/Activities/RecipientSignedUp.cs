using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// A recipient got a seat at one occurrence of an activity, or a place on its wait list. A wait-listed recipient who
/// moves up when someone cancels is published again with <see cref="Status"/> <c>confirmed</c> and
/// <see cref="MovedUpFromWaitList"/> set.
/// </summary>
[MessageUrn("careservices:activities:recipient-signed-up:v1")]
public sealed record RecipientSignedUp : IntegrationEvent
{
    public required Guid SignUpId { get; init; }
    public required Guid ActivityId { get; init; }
    public required Guid RecipientId { get; init; }
    public required string ActivityTitle { get; init; }
    public required string PlaceName { get; init; }
    public required DateTimeOffset OccurrenceStart { get; init; }

    /// <summary><c>confirmed</c> or <c>waitListed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>1-based place on the wait list while wait-listed.</summary>
    public int? WaitListPosition { get; init; }

    public required bool MovedUpFromWaitList { get; init; }
    public required bool TransportRequested { get; init; }
}
