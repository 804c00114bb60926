using CareServices.Contracts.Documentation;
using CareServices.Documentation.Domain.Deviations;

namespace CareServices.Documentation.Api.Api.Deviations;

public static class DeviationEvents
{
    /// <summary>The fact of the deviation without its description, which stays with staff who may read it.</summary>
    public static DeviationReported Reported(Deviation d) => new()
    {
        OccurredAt = d.ReportedAt,
        MunicipalityId = d.MunicipalityId,
        DeviationId = d.Id,
        RecipientId = d.RecipientId,
        VisitId = d.VisitId,
        Zone = d.Zone,
        Type = Vocabulary<DeviationType>.Name(d.Type),
        Severity = Vocabulary<DeviationSeverity>.Name(d.Severity),
        ReportedByStaffId = d.ReportedByStaffId,
    };
}
