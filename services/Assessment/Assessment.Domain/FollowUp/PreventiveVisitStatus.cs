namespace CareServices.Assessment.Domain.FollowUp;

public enum PreventiveVisitStatus
{
    NotContacted,
    Offered,
    Planned,
    Completed,
    Declined,
}
