using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// A volunteer was matched with a recipient in a role (<c>visitFriend</c>, <c>supportContact</c>,
/// <c>dementiaEscort</c> …). Only volunteers who consented to be contacted are matched, so their name and phone may
/// be passed on to the recipient.
/// </summary>
[MessageUrn("careservices:activities:volunteer-matched:v1")]
public sealed record VolunteerMatched : IntegrationEvent
{
    public required Guid MatchId { get; init; }
    public required Guid VolunteerId { get; init; }
    public required Guid RecipientId { get; init; }
    public required string Role { get; init; }
    public required string VolunteerName { get; init; }
    public string? VolunteerPhone { get; init; }
}
