namespace CareServices.Documentation.Api.Api.Deviations;

/// <summary>
/// A deviation. <see cref="Type"/>: <c>fall</c>, <c>medicationError</c>, <c>missedVisit</c>, <c>violenceOrThreat</c>,
/// <c>equipment</c>, <c>other</c>; <see cref="Severity"/>: <c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>.
/// </summary>
public sealed record DeviationRequest(Guid? RecipientId, Guid? VisitId, string? Type, string? Severity, string? Description, string? ImmediateAction);
