using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// A recipient appealed a decision (klage, överklagande, klage). <see cref="Late"/> says it arrived after
/// <see cref="Deadline"/>; a late appeal is registered all the same, since the municipality may still hear it.
/// The grounds stay in Assessment: they are the recipient's own words about their health.
/// </summary>
[MessageUrn("careservices:assessment:decision-appealed:v1")]
public sealed record DecisionAppealed : IntegrationEvent
{
    public required Guid AppealId { get; init; }
    public required Guid DecisionId { get; init; }
    public required string Number { get; init; }
    public required int Version { get; init; }
    public required Guid RecipientId { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required DateOnly Deadline { get; init; }
    public required bool Late { get; init; }

    /// <summary>The body that decides the appeal if the municipality upholds its decision (e.g. Statsforvalteren).</summary>
    public required string AppealBody { get; init; }
}
