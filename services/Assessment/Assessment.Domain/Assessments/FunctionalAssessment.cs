namespace CareServices.Assessment.Domain.Assessments;

/// <summary>A scoring of the recipient's functioning, by whom and when; reassessments are compared score by score.</summary>
public sealed class FunctionalAssessment
{
    private FunctionalAssessment()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string AssessedBy { get; private set; } = "";
    public List<VariableScore> Scores { get; private set; } = [];
    public DateTimeOffset RecordedAt { get; private set; }

    public static FunctionalAssessment Record(string municipalityId, Guid recipientId, DateOnly assessedOn, string assessedBy, IEnumerable<VariableScore> scores, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        AssessedOn = assessedOn,
        AssessedBy = assessedBy.Trim(),
        Scores = scores.ToList(),
        RecordedAt = now,
    };
}
