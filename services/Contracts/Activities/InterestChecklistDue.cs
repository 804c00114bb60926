using MassTransit;

namespace CareServices.Contracts.Activities;

/// <summary>
/// A recipient's interest checklist fell due: never done, or the last one is 12 months old. It is done with the
/// recipient by their primary contact (<see cref="ContactPersonName"/>, when Assessment has named one).
/// </summary>
[MessageUrn("careservices:activities:interest-checklist-due:v1")]
public sealed record InterestChecklistDue : IntegrationEvent
{
    public required Guid RecipientId { get; init; }
    public required string Zone { get; init; }
    public string? ContactPersonName { get; init; }

    /// <summary>When the last checklist was done; null when none has been.</summary>
    public DateOnly? LastDoneOn { get; init; }

    public required DateOnly DueOn { get; init; }
}
