namespace CareServices.Documentation.Domain.Reports;

/// <summary>What the care worker says about one planned task.</summary>
public sealed record ReportedTask(Guid ServiceLineId, bool Performed, NotPerformedReason? Reason, string? ReasonText);
