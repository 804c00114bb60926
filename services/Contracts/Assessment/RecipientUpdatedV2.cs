using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// A recipient's details changed: <see cref="RecipientUpdated"/> without what only care in the home needs. Living
/// situation, home notes, the key arrangement and its location, and welfare technology stay in Assessment: no
/// consumer keeps them, and the key arrangement reaches Scheduling's work list per visit day over its client
/// credential (docs/security.md). <see cref="Changes"/> still names every field that changed (<c>homeNotes</c>,
/// <c>keyArrangement</c> … included), so the version sequence has no gap; the other properties are the whole current
/// state a read model keeps.
/// </summary>
[MessageUrn("careservices:assessment:recipient-updated:v2")]
public sealed record RecipientUpdatedV2 : IntegrationEvent
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

    /// <summary>Only the resource persons the recipient consents may be told about changes (Notifications tells them).</summary>
    public required IReadOnlyList<InformedResourcePerson> InformedResourcePersons { get; init; }

    /// <summary>The recipient's version after this event; read models keep the newest they have seen.</summary>
    public required int AggregateVersion { get; init; }
}
