namespace CareServices.Assessment.Domain.Assessments;

/// <summary>
/// One functional variable a municipality assesses (iplos.md): scored from 1 (manages alone) to its maximum
/// (5, fully dependent; vision and hearing use a shorter scale), or 9 (not relevant / not assessed).
/// </summary>
public sealed class AssessmentVariable
{
    public const int NotRelevant = 9;

    private AssessmentVariable()
    {
    }

    public string MunicipalityId { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string NameNb { get; private set; } = "";
    public string NameSv { get; private set; } = "";
    public string NameDa { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string Group { get; private set; } = "";
    public int MinScore { get; private set; }
    public int MaxScore { get; private set; }

    public static AssessmentVariable Create(string municipalityId, string code, string nameNb, string nameSv, string nameDa, string nameEn, string group, int maxScore) => new()
    {
        MunicipalityId = municipalityId,
        Code = code,
        NameNb = nameNb,
        NameSv = nameSv,
        NameDa = nameDa,
        NameEn = nameEn,
        Group = group,
        MinScore = 1,
        MaxScore = maxScore,
    };

    public bool Allows(int score) => score == NotRelevant || (score >= MinScore && score <= MaxScore);
}
