namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>
/// Ends a recipient: <c>reason</c> (died, moved, longTermCare, noLongerNeeds), the last day of services, an optional
/// note for the letters, and for noLongerNeeds without a sent termination notice the reason none is needed.
/// </summary>
public sealed record EndRecipientRequest(string? Reason, DateOnly? LastDay, string? Note, string? NoticeWaivedReason);

public sealed record EndRecipientResponse(Guid RecipientId, string Reason, DateOnly LastDay, IReadOnlyList<TerminatedDecision> TerminatedDecisions, IReadOnlyList<Guid> LettersDue);

public sealed record TerminatedDecision(Guid DecisionId, string Number, DateOnly LastDay);
