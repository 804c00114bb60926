using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>A first version of a decision was granted: the recipient is to get these services from valid-from.</summary>
[MessageUrn("careservices:assessment:decision-granted:v1")]
public sealed record DecisionGranted : IntegrationEvent
{
    public required DecisionSnapshot Decision { get; init; }

    /// <summary>
    /// The decision number's version after this event (1: the first version granted); each announced change adds
    /// one. Read models keep the newest version they have applied and ignore older ones and copies. Absent from
    /// events published before versions existed.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
