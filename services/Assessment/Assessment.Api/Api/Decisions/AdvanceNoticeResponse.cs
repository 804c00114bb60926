using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Api.Api.Decisions;

public sealed record AdvanceNoticeResponse(
    Guid Id, Guid DecisionId, string DecisionNumber, Guid RecipientId, AdvanceNoticeKind Kind, DateOnly IntendedDate, string Reason,
    DateOnly? SentOn, DateOnly? CommentsDeadline, bool Waived, DateTimeOffset CreatedAt)
{
    public static AdvanceNoticeResponse From(AdvanceNotice n) =>
        new(n.Id, n.DecisionId, n.DecisionNumber, n.RecipientId, n.Kind, n.IntendedDate, n.Reason, n.SentOn, n.CommentsDeadline, n.Waived, n.CreatedAt);
}
