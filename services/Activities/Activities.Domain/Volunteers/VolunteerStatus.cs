namespace CareServices.Activities.Domain.Volunteers;

public enum VolunteerStatus
{
    Active,
    Paused,
    Ended,
}
