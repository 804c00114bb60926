using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A staff member's details changed; the whole current state, so a read model replaces its copy. A staff member
/// who left is <see cref="Active"/> false and is kept, because past visits and notes still name them.
/// </summary>
[MessageUrn("careservices:scheduling:staff-updated:v1")]
public sealed record StaffUpdated : IntegrationEvent
{
    public required Guid StaffId { get; init; }
    public required string Name { get; init; }
    public required string Zone { get; init; }
    public required IReadOnlyList<string> Competences { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required bool Active { get; init; }

    /// <summary>
    /// The staff member's version after this change (1 when registered): consumers keep the newest. Absent from
    /// releases before versions.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
