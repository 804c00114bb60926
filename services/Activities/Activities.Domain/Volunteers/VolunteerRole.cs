namespace CareServices.Activities.Domain.Volunteers;

public enum VolunteerRole
{
    VisitFriend,
    SupportContact,
    Driver,
    ActivityLeader,
    DementiaEscort,
}
