namespace CareServices.Assessment.Domain.Recipients;

public enum RecipientStatus
{
    Applicant,
    Active,
    Paused,
    Ended,
}
