using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>A staff member will be (or is) away for whole days; planning no longer gives them visits on those days.</summary>
[MessageUrn("careservices:scheduling:staff-absence-registered:v1")]
public sealed record StaffAbsenceRegistered : IntegrationEvent
{
    public required Guid AbsenceId { get; init; }
    public required Guid StaffId { get; init; }

    /// <summary><c>sick</c>, <c>holiday</c> or <c>course</c>.</summary>
    public required string Kind { get; init; }

    public required DateOnly FirstDay { get; init; }
    public required DateOnly LastDay { get; init; }
}
