namespace CareServices.Activities.Domain.SignUps;

public enum SignUpStatus
{
    Confirmed,
    WaitListed,
    Cancelled,
}
