using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A visit to a recipient was planned (or re-planned: the same <see cref="VisitId"/> again replaces the earlier
/// plan), with the minutes it gives each granted service line.
/// </summary>
[MessageUrn("careservices:scheduling:visit-scheduled:v1")]
public sealed record VisitScheduled : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }

    /// <summary>The visit's date in the municipality's time zone.</summary>
    public required DateOnly Date { get; init; }

    public required DateTimeOffset PlannedStart { get; init; }
    public required IReadOnlyList<PlannedServiceMinutes> Lines { get; init; }

    /// <summary>When the visit is planned to end; absent from publishers before staff were planned.</summary>
    public DateTimeOffset? PlannedEnd { get; init; }

    /// <summary>Who is planned to carry out the visit (two for double staffing); absent from earlier publishers.</summary>
    public IReadOnlyList<Guid>? StaffIds { get; init; }
}
