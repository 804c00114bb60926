namespace CareServices.Documentation.Domain.Journal;

public enum JournalCategory
{
    Observation,
    ContactWithRelative,
    ContactPersonMeeting,
    MessageToNurse,
    Other,
}
