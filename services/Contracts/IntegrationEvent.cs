using MassTransit;

namespace CareServices.Contracts;

/// <summary>
/// What every event carries: its own id (the message id consumers deduplicate on), when it happened, and the
/// municipality (tenant) it belongs to. Events are facts in the past tense and never change once deployed.
/// </summary>
[ExcludeFromTopology]
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }

    public required string MunicipalityId { get; init; }
}
