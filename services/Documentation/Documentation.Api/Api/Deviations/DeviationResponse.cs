using CareServices.Documentation.Domain.Deviations;

namespace CareServices.Documentation.Api.Api.Deviations;

public sealed record DeviationResponse(
    Guid Id, string Zone, Guid? RecipientId, Guid? VisitId, DeviationType Type, DeviationSeverity Severity, string Description, string? ImmediateAction,
    Guid? ReportedByStaffId, DateTimeOffset ReportedAt, IReadOnlyList<FollowUpResponse> FollowUps, DateTimeOffset? ClosedAt, Guid? ClosedBy, string? ClosingNote)
{
    public static DeviationResponse From(Deviation d) => new(
        d.Id, d.Zone, d.RecipientId, d.VisitId, d.Type, d.Severity, d.Description, d.ImmediateAction, d.ReportedByStaffId, d.ReportedAt,
        [.. d.FollowUps.Select(a => new FollowUpResponse(a.Id, a.Description, a.OwnerStaffId, a.DueDate, a.DoneAt))], d.ClosedAt, d.ClosedBy, d.ClosingNote);
}
