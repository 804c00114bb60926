namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>
/// An advance notice before a reduction or termination: <c>kind</c> (reduction or termination), the date the change
/// would take effect, why, and optionally the comment deadline (default: today plus <c>Decisions:AdvanceNoticeDays</c>, 14).
/// </summary>
public sealed record AdvanceNoticeRequest(string? Kind, DateOnly? IntendedDate, string? Reason, DateOnly? CommentsDeadline);

/// <summary>Granting a new version that reduces needs a sent notice, or the reason notice is not needed.</summary>
public sealed record GrantDecisionRequest(string? NoticeWaivedReason);
