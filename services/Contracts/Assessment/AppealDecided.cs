using MassTransit;

namespace CareServices.Contracts.Assessment;

/// <summary>
/// An appeal was concluded: by the municipality itself when it reversed its decision in full on reconsideration
/// (<see cref="DecidedBy"/> "municipality"), or by the appeal body after forwarding ("appealBody").
/// </summary>
[MessageUrn("careservices:assessment:appeal-decided:v1")]
public sealed record AppealDecided : IntegrationEvent
{
    public required Guid AppealId { get; init; }
    public required Guid DecisionId { get; init; }
    public required string Number { get; init; }
    public required Guid RecipientId { get; init; }

    /// <summary>"municipality" or "appealBody".</summary>
    public required string DecidedBy { get; init; }

    /// <summary>reversedInFull, reversedInPart, upheld, quashed (sent back for a new decision) or dismissed.</summary>
    public required string Outcome { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>The decision (version) that gives effect to a reversal, when there is one.</summary>
    public Guid? NewDecisionId { get; init; }
}
