using MassTransit;

namespace CareServices.Contracts.Scheduling;

/// <summary>
/// A recipient's contact persons (primærkontakt and sekundærkontakt) were set or changed. The event carries the
/// whole current state, so a consumer replaces its copy. <see cref="Acting"/> is who the recipient and their
/// resource persons turn to now: the primary, or the secondary while the primary is away more than four weeks.
/// </summary>
[MessageUrn("careservices:scheduling:contact-person-assigned:v1")]
public sealed record ContactPersonAssigned : IntegrationEvent
{
    public required Guid RecipientId { get; init; }
    public required ContactPersonRef Primary { get; init; }
    public ContactPersonRef? Secondary { get; init; }
    public required ContactPersonRef Acting { get; init; }

    /// <summary><c>assigned</c>, <c>secondaryTakeover</c> or <c>primaryReturned</c>.</summary>
    public required string Reason { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>
    /// The assignment's version after this change (1 when first assigned): consumers keep the newest. Absent from
    /// releases before versions.
    /// </summary>
    public int? AggregateVersion { get; init; }
}
