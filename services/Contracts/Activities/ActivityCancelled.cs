using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// An activity was cancelled: the whole series, or only the occurrence starting at <see cref="OccurrenceStart"/>.
/// <see cref="SignedUpRecipientIds"/> are those whose sign-ups the cancellation ended.
/// </summary>
[MessageUrn("careservices:activities:activity-cancelled:v1")]
public sealed record ActivityCancelled : IntegrationEvent
{
    public required Guid ActivityId { get; init; }
    public required string Title { get; init; }

    /// <summary>The one occurrence cancelled; null when the whole activity is.</summary>
    public DateTimeOffset? OccurrenceStart { get; init; }

    public string? Reason { get; init; }
    public required IReadOnlyList<Guid> SignedUpRecipientIds { get; init; }
}
