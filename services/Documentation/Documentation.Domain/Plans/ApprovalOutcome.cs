namespace CareServices.Documentation.Domain.Plans;

public enum ApprovalOutcome
{
    Approved,
    NotADraft,
    TaskTextMissing,
}
