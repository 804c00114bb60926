namespace CareServices.Activities.Domain.Calendar;

public enum ActivityStatus
{
    Published,
    Cancelled,
}
