namespace CareServices.Scheduling.Domain.Visits;

public enum VisitChange
{
    Scheduled,
    Rescheduled,
    Cancelled,
}
