namespace CareServices.Assessment.Api.Api.Appeals;

/// <summary>An appeal as it arrived: the day it was received, its grounds, and (if not the decision date) when the recipient was told of the decision.</summary>
public sealed record RegisterAppealRequest(DateOnly? ReceivedOn, DateOnly? NotifiedOn, string? Grounds);

/// <summary>The municipality's reconsideration: reversedInFull, reversedInPart (both name the decision giving effect to it) or upheld.</summary>
public sealed record ReconsiderAppealRequest(string? Outcome, Guid? NewDecisionId, string? Note);

/// <summary>The appeal body's outcome: upheld, reversedInFull, reversedInPart, quashed or dismissed.</summary>
public sealed record AppealOutcomeRequest(string? Outcome, DateOnly? DecidedOn, string? Note);
