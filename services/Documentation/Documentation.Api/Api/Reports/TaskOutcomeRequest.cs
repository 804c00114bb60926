namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>
/// One planned task: performed, or not with a <see cref="Reason"/> (<c>declined</c>, <c>notHome</c>,
/// <c>notEnoughTime</c>, <c>doneByRelative</c>, <c>other</c> with <see cref="ReasonText"/>).
/// </summary>
public sealed record TaskOutcomeRequest(Guid ServiceLineId, bool Performed, string? Reason = null, string? ReasonText = null);
