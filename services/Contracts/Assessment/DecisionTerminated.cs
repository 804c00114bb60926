using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>A granted decision was ended before (or at) its valid-to; no services after <see cref="LastDay"/>.</summary>
[MessageUrn("careservices:assessment:decision-terminated:v1")]
public sealed record DecisionTerminated : IntegrationEvent
{
    public required Guid DecisionId { get; init; }
    public required string Number { get; init; }
    public required int Version { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly LastDay { get; init; }
    public required string Reason { get; init; }

    /// <summary>
    /// The decision number's version after this event (1: the first version granted); each announced change adds
    /// one. Read models keep the newest version they have applied and ignore older ones and copies. Absent from
    /// events published before versions existed.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
