namespace CareServices.Assessment.Domain.Assessments;

/// <summary>Two assessments side by side: a lower score means less need, so a drop is an improvement.</summary>
public static class AssessmentComparison
{
    public sealed record Row(string Code, int? Before, int? After, ScoreChange Change);

    public static IReadOnlyList<Row> Compare(FunctionalAssessment before, FunctionalAssessment after)
    {
        var earlier = before.Scores.ToDictionary(s => s.Code, s => s.Score, StringComparer.Ordinal);
        var later = after.Scores.ToDictionary(s => s.Code, s => s.Score, StringComparer.Ordinal);
        return earlier.Keys.Union(later.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(code =>
        {
            int? b = earlier.TryGetValue(code, out var x) ? x : null;
            int? a = later.TryGetValue(code, out var y) ? y : null;
            var change = b is null || a is null || b == AssessmentVariable.NotRelevant || a == AssessmentVariable.NotRelevant
                ? ScoreChange.NotComparable
                : a < b ? ScoreChange.Improved : a > b ? ScoreChange.Declined : ScoreChange.Unchanged;
            return new Row(code, b, a, change);
        }).ToList();
    }
}
