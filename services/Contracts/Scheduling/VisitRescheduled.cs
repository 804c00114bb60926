using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A published visit moved (another time, day or staff member). The new state replaces the one of the earlier
/// <see cref="VisitScheduled"/> or <see cref="VisitRescheduled"/> for the same <see cref="VisitId"/>.
/// </summary>
[MessageUrn("careservices:scheduling:visit-rescheduled:v1")]
public sealed record VisitRescheduled : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required DateTimeOffset PlannedStart { get; init; }
    public required DateTimeOffset PlannedEnd { get; init; }
    public required IReadOnlyList<Guid> StaffIds { get; init; }
    public required IReadOnlyList<PlannedServiceMinutes> Lines { get; init; }
    public required DateOnly PreviousDate { get; init; }
    public required DateTimeOffset PreviousStart { get; init; }
    public required IReadOnlyList<Guid> PreviousStaffIds { get; init; }
}
