using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// A person was registered as a (prospective) recipient of home-based care. Carries what other services need for
/// their read models; the national id stays in Assessment, which guards it.
/// </summary>
[MessageUrn("careservices:assessment:recipient-registered:v1")]
public sealed record RecipientRegistered : IntegrationEvent
{
    public required Guid RecipientId { get; init; }
    public required string Name { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required RecipientAddress Address { get; init; }
    public required string Zone { get; init; }
    public required string PreferredLanguage { get; init; }

    /// <summary>
    /// The recipient's version after this event (1: a registration is the first version); each change adds one. Read models keep the newest
    /// version they have seen and ignore older ones, whatever order events arrive in. Absent from events published
    /// before versions existed.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
