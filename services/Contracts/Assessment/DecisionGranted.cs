using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>A first version of a decision was granted: the recipient is to get these services from valid-from.</summary>
[MessageUrn("careservices:assessment:decision-granted:v1")]
public sealed record DecisionGranted : IntegrationEvent
{
    public required DecisionSnapshot Decision { get; init; }
}
