using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>A staff member was added to a home-care unit: who they are, where they work and what they may do.</summary>
[MessageUrn("careservices:scheduling:staff-registered:v1")]
public sealed record StaffRegistered : IntegrationEvent
{
    public required Guid StaffId { get; init; }
    public required string Name { get; init; }
    public required string Zone { get; init; }

    /// <summary><c>nurse</c>, <c>healthWorker</c>, <c>homeHelper</c>, <c>physiotherapist</c>, <c>occupationalTherapist</c>.</summary>
    public required IReadOnlyList<string> Competences { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>
    /// The staff member's version after this change (1 when registered): consumers keep the newest. Absent from
    /// releases before versions.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
