using CareServices.Documentation.Domain.Reports;

namespace CareServices.Documentation.Api.Api.Reports;

public sealed record VisitReportResponse(
    Guid Id, Guid VisitId, Guid RecipientId, DateOnly VisitDate, Guid AuthorStaffId, string AuthorName, DateTimeOffset ActualStart, DateTimeOffset ActualEnd,
    IReadOnlyList<TaskOutcomeResponse> Tasks, string? Observations, ConditionCategory? ConditionChange, string? ConditionDescription,
    DateTimeOffset WrittenAt, DateTimeOffset? SignedAt, Guid? CorrectsReportId)
{
    public static VisitReportResponse From(VisitReport r) => new(
        r.Id, r.VisitId, r.RecipientId, r.VisitDate, r.AuthorStaffId, r.AuthorName, r.ActualStart, r.ActualEnd,
        [.. r.Tasks.Select(t => new TaskOutcomeResponse(t.ServiceLineId, t.Performed, t.Reason, t.ReasonText, t.PlannedMinutes, t.DeliveredMinutes))],
        r.Observations, r.ConditionChange, r.ConditionDescription, r.WrittenAt, r.SignedAt, r.CorrectsReportId);
}
