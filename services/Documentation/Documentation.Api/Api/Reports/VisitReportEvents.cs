using CareServices.Contracts.Documentation;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Reports;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>
/// What signing a report publishes, through the outbox in the signature's own commit: the delivered minutes (a
/// correction's replace the original's in Assessment's reconciliation) and, when flagged, the change in condition.
/// </summary>
public static class VisitReportEvents
{
    public static void Signed(DocumentationDbContext db, VisitReport report, string zone, bool conditionAlreadyReported, DateTimeOffset now)
    {
        db.AddOutboxMessage(new VisitDocumented
        {
            OccurredAt = now,
            MunicipalityId = report.MunicipalityId,
            VisitId = report.VisitId,
            RecipientId = report.RecipientId,
            Date = report.VisitDate,
            Lines = [.. report.Tasks.Select(t => new DeliveredServiceMinutes { ServiceLineId = t.ServiceLineId, Minutes = t.DeliveredMinutes })],
        }, report.VisitId.ToString());
        if (report.ConditionChange is { } category && !conditionAlreadyReported)
        {
            db.AddOutboxMessage(new ConditionChangeReported
            {
                OccurredAt = now,
                MunicipalityId = report.MunicipalityId,
                VisitReportId = report.Id,
                VisitId = report.VisitId,
                RecipientId = report.RecipientId,
                Zone = zone,
                Category = EnumNames<ConditionCategory>.Name(category),
                ReportedByStaffId = report.AuthorStaffId,
            }, report.VisitId.ToString());
        }
    }
}
