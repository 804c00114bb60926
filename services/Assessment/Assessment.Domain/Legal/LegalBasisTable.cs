using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareServices.Assessment.Domain.Legal;

/// <summary>
/// The legal-basis table (legal-bases.json beside this file, embedded in the assembly): one row per country,
/// category and period. Exactly one row applies to each country, category and date; the constructor refuses a
/// table with gaps or overlaps so a wrong edit fails at start-up, not in a letter.
/// </summary>
public sealed class LegalBasisTable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<LegalBasisTable> Embedded = new(() =>
    {
        using var stream = typeof(LegalBasisTable).Assembly.GetManifestResourceStream("CareServices.Assessment.Domain.Legal.legal-bases.json")
            ?? throw new InvalidOperationException("legal-bases.json is not embedded");
        return Load(stream);
    });

    public LegalBasisTable(IReadOnlyList<LegalBasis> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.Country, r.Category)))
        {
            var ordered = group.OrderBy(r => r.ValidFrom ?? DateOnly.MinValue).ToList();
            if (ordered[0].ValidFrom is not null || ordered[^1].ValidUntil is not null)
            {
                throw new InvalidOperationException($"{group.Key}: the first row must be open at the start and the last still in force");
            }
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].ValidUntil != ordered[i].ValidFrom)
                {
                    throw new InvalidOperationException($"{group.Key}: a row must start the day the previous one stops ({ordered[i].ValidFrom})");
                }
            }
        }
        Rows = rows;
    }

    /// <summary>The table shipped with CareServices.</summary>
    public static LegalBasisTable Default => Embedded.Value;

    public IReadOnlyList<LegalBasis> Rows { get; }

    public static LegalBasisTable Load(Stream json) =>
        new(JsonSerializer.Deserialize<List<LegalBasis>>(json, Json) ?? throw new InvalidOperationException("the legal-basis table is empty"));

    /// <summary>The row for a decision on <paramref name="category"/> made on <paramref name="date"/>; null for a country the table lacks.</summary>
    public LegalBasis? Find(string country, LegalCategory category, DateOnly date) =>
        Rows.FirstOrDefault(r => r.Country == country && r.Category == category && r.AppliesOn(date));
}
