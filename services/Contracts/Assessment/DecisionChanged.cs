using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// A new version of a decision was granted: <see cref="Current"/> applies from <see cref="EffectiveFrom"/>,
/// <see cref="Previous"/> up to the day before.
/// </summary>
[MessageUrn("careservices:assessment:decision-changed:v1")]
public sealed record DecisionChanged : IntegrationEvent
{
    public required DecisionSnapshot Previous { get; init; }
    public required DecisionSnapshot Current { get; init; }
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>
    /// The decision number's version after this event (1: the first version granted); each announced change adds
    /// one. Read models keep the newest version they have applied and ignore older ones and copies. Absent from
    /// events published before versions existed.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
