using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A care worker checked out of a visit they carried out (electronic visit verification). The minutes are the
/// checked time at the recipient's home; what was done per service line is documented in Documentation.
/// </summary>
[MessageUrn("careservices:scheduling:visit-completed:v1")]
public sealed record VisitCompleted : IntegrationEvent
{
    public required Guid VisitId { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly Date { get; init; }
    public required Guid StaffId { get; init; }
    public required DateTimeOffset CheckedInAt { get; init; }
    public required DateTimeOffset CheckedOutAt { get; init; }
    public required int ActualMinutes { get; init; }
    public required IReadOnlyList<PlannedServiceMinutes> PlannedLines { get; init; }
}
