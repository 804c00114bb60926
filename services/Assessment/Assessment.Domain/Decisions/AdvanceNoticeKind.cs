namespace CareServices.Assessment.Domain.Decisions;

public enum AdvanceNoticeKind
{
    Reduction,
    Termination,
}
