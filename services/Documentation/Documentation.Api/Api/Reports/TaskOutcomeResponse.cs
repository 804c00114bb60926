using CareServices.Documentation.Domain.Reports;

namespace CareServices.Documentation.Api.Api.Reports;

public sealed record TaskOutcomeResponse(Guid ServiceLineId, bool Performed, NotPerformedReason? Reason, string? ReasonText, int PlannedMinutes, int DeliveredMinutes);
