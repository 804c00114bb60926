namespace CareServices.Activities.Domain.Interests;

/// <summary>How often the recipient meets other people (family, friends, neighbours), as they tell it.</summary>
public enum MeetingFrequency
{
    Daily,
    Weekly,
    Monthly,
    Rarely,
    Never,
}
