namespace CareServices.Scheduling.Domain.Visits;

public static class VisitStatus
{
    /// <summary>Demand: to be planned (or planned and not yet carried out).</summary>
    public const string Open = "open";

    public const string Cancelled = "cancelled";
    public const string CheckedIn = "checkedIn";
    public const string Completed = "completed";
    public const string NotHome = "notHome";
    public const string Declined = "declined";
}
