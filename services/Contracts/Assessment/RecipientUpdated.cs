using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// A recipient's details changed. <see cref="Changes"/> names what changed (camelCase field names: <c>name</c>,
/// <c>address</c>, <c>zone</c>, <c>preferredLanguage</c>, <c>livesAlone</c>, <c>homeNotes</c>,
/// <c>keyArrangement</c>, <c>welfareTechnology</c>, <c>status</c>, <c>resourcePersons</c>); the other properties
/// are the whole current state a read model keeps, so a consumer can replace its copy without knowing the old
/// one. The national id and any key code stay in Assessment.
/// </summary>
[MessageUrn("careservices:assessment:recipient-updated:v1")]
public sealed record RecipientUpdated : IntegrationEvent
{
    public required Guid RecipientId { get; init; }
    public required IReadOnlyList<string> Changes { get; init; }
    public required string Name { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required RecipientAddress Address { get; init; }
    public required string Zone { get; init; }
    public required string PreferredLanguage { get; init; }

    /// <summary><c>applicant</c>, <c>active</c>, <c>paused</c> or <c>ended</c>.</summary>
    public required string Status { get; init; }

    public required bool LivesAlone { get; init; }
    public required RecipientHomeNotes HomeNotes { get; init; }

    /// <summary><c>none</c>, <c>keyBox</c> or <c>digitalLock</c>; the code itself is only given out per visit day.</summary>
    public required string KeyArrangement { get; init; }

    public string? KeyLocation { get; init; }
    public required IReadOnlyList<string> WelfareTechnology { get; init; }

    /// <summary>Only the resource persons the recipient consents may be told about changes.</summary>
    public required IReadOnlyList<InformedResourcePerson> InformedResourcePersons { get; init; }

    /// <summary>
    /// The recipient's version after this event (the version this change made); each change adds one. Read models keep the newest
    /// version they have seen and ignore older ones, whatever order events arrive in. Absent from events published
    /// before versions existed.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
