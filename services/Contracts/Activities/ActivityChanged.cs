using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// A published activity changed. <see cref="Changes"/> names what changed (camelCase field names such as
/// <c>title</c>, <c>startsAt</c>, <c>recurrence</c>, <c>place</c>); the other properties are the current state, and
/// <see cref="SignedUpRecipientIds"/> are those with a seat or a wait-list place who should be told.
/// </summary>
[MessageUrn("careservices:activities:activity-changed:v1")]
public sealed record ActivityChanged : IntegrationEvent
{
    public required Guid ActivityId { get; init; }
    public required IReadOnlyList<string> Changes { get; init; }
    public required string Title { get; init; }
    public required string PlaceName { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public string? Recurrence { get; init; }
    public required IReadOnlyList<Guid> SignedUpRecipientIds { get; init; }
}
