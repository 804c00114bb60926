namespace CareServices.Assessment.Domain.Goals;

public enum GoalStatus
{
    Open,
    Achieved,
    PartlyAchieved,
    NotAchieved,
    Cancelled,
}
