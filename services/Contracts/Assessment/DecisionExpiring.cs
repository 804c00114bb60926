using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>A granted decision ends within 30 days (its valid-to): time to reassess. Announced once per decision version.</summary>
[MessageUrn("careservices:assessment:decision-expiring:v1")]
public sealed record DecisionExpiring : IntegrationEvent
{
    public required Guid DecisionId { get; init; }
    public required string Number { get; init; }
    public required int Version { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly ValidTo { get; init; }

    /// <summary>The decision number's version this announcement is about; it changes nothing, so it adds no version.</summary>
    public int? AggregateVersion { get; init; }
}
