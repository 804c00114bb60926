using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A care worker checked in to a visit that had already been reported missed (<see cref="VisitMissed"/>): the visit is
/// happening after all, so whoever is chasing it can stop.
/// </summary>
[MessageUrn("careservices:scheduling:visit-checked-in-late:v1")]
public sealed record VisitCheckedInLate : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>When the visit's time window opened, as <see cref="VisitMissed"/> gave it.</summary>
    public required DateTimeOffset WindowStart { get; init; }

    public required Guid StaffId { get; init; }
    public required DateTimeOffset CheckedInAt { get; init; }
}
