namespace CareServices.Documentation.Domain.Reports;

/// <summary>One planned task of the visit (a service line): done or not and why, and the minutes it delivered.</summary>
public sealed class TaskOutcome
{
    public Guid ServiceLineId { get; set; }
    public bool Performed { get; set; }
    public NotPerformedReason? Reason { get; set; }
    public string? ReasonText { get; set; }
    public int PlannedMinutes { get; set; }
    public int DeliveredMinutes { get; set; }
}
