namespace CareServices.Assessment.Domain.Decisions;

public enum DecisionStatus
{
    Draft,
    Granted,
    Rejected,

    /// <summary>A newer version took over from its effective date.</summary>
    Superseded,

    Terminated,
    Expired,
}
