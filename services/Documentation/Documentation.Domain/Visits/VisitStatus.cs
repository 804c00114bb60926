namespace CareServices.Documentation.Domain.Visits;

public enum VisitStatus
{
    Scheduled,
    Cancelled,
    Missed,
}
