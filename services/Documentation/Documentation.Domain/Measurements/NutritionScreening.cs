namespace CareServices.Documentation.Domain.Measurements;

/// <summary>
/// The Mini Nutritional Assessment short form (MNA-SF): six items, 0–14 points; 12–14 normal, 8–11 at risk of
/// malnutrition, 0–7 malnourished.
/// </summary>
public static class NutritionScreening
{
    /// <summary>Each item and the highest score it takes.</summary>
    public static readonly IReadOnlyDictionary<string, int> Items = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["foodIntakeDecline"] = 2,
        ["weightLoss"] = 3,
        ["mobility"] = 2,
        ["stressOrAcuteDisease"] = 2,
        ["neuropsychologicalProblems"] = 2,
        ["bmiOrCalfCircumference"] = 3,
    };

    public static string Risk(int score) => score >= 12 ? "normal" : score >= 8 ? "atRisk" : "malnourished";

    /// <summary>The items that are unknown, missing or out of range, each with its rule.</summary>
    public static IReadOnlyList<(string Item, string Rule)> Check(IReadOnlyDictionary<string, int> answers)
    {
        var problems = new List<(string, string)>();
        foreach (var (item, score) in answers)
        {
            if (!Items.TryGetValue(item, out var max))
            {
                problems.Add((item, $"Not an MNA-SF item; the items are {string.Join(", ", Items.Keys)}."));
            }
            else if (score < 0 || score > max)
            {
                problems.Add((item, $"Between 0 and {max}."));
            }
        }
        problems.AddRange(Items.Keys.Where(item => !answers.ContainsKey(item)).Select(item => (item, "Required.")));
        return problems;
    }
}
