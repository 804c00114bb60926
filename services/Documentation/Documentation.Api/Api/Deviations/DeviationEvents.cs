using CareServices.Contracts.Documentation;
using CareServices.Documentation.Domain.Deviations;
using CareServices.ServiceDefaults.Problems;

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
        Type = EnumNames<DeviationType>.Name(d.Type),
        Severity = EnumNames<DeviationSeverity>.Name(d.Severity),
        ReportedByStaffId = d.ReportedByStaffId,
    };
}
