using CareServices.Contracts;
using CareServices.Contracts.Assessment;
using MassTransit;

namespace CareServices.Deploy.Tests.Contracts.NextVersion;

/// <summary>
/// <see cref="CareServices.Contracts.Assessment.RecipientRegistered"/> as the next, additive release of the
/// contracts would declare it: the same URN and every field it had, plus one new optional field. A separate
/// namespace stands in for the newer assembly, so both releases meet in one test process.
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

    /// <summary>New in this release: optional, so an event from an older publisher (without it) still reads.</summary>
    public string? PhoneNumber { get; init; }
}
