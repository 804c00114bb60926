namespace CareServices.Assessment.Domain.Assessments;

public enum ScoreChange
{
    Improved,
    Declined,
    Unchanged,

    /// <summary>Missing or "not relevant" (9) in one of the two.</summary>
    NotComparable,
}
