using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// An activity was published in a municipality's calendar: a single event, or a series when
/// <see cref="Recurrence"/> holds an RFC 5545 RRULE (expanded in <see cref="TimeZone"/>, so 11:00 stays 11:00 across
/// daylight-saving changes).
/// </summary>
[MessageUrn("careservices:activities:activity-published:v1")]
public sealed record ActivityPublished : IntegrationEvent
{
    public required Guid ActivityId { get; init; }
    public required Guid OrganiserId { get; init; }
    public required string Title { get; init; }

    /// <summary>camelCase category name, e.g. <c>busTrip</c>, <c>diningFriends</c>, <c>café</c>.</summary>
    public required string Category { get; init; }

    /// <summary>The zone the activity is for; null when it is for the whole municipality.</summary>
    public string? Zone { get; init; }

    public required string PlaceName { get; init; }

    /// <summary>Start of the (first) occurrence.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>End of the (first) occurrence.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    public string? Recurrence { get; init; }
    public required string TimeZone { get; init; }
    public int? Capacity { get; init; }
    public required bool TransportOffered { get; init; }
}
