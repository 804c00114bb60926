namespace CareServices.Assessment.Api.Api.Decisions;

public sealed record RejectDecisionRequest(string? Reason);

/// <summary>Ends a granted decision; without a sent termination notice whose deadline has passed, give <c>noticeWaivedReason</c>.</summary>
public sealed record TerminateDecisionRequest(DateOnly? LastDay, string? Reason, string? NoticeWaivedReason = null);
