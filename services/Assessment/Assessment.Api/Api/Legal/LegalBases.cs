using System.Globalization;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Legal;

namespace CareServices.Assessment.Api.Api.Legal;

/// <summary>
/// The legal-basis table as a municipality applies it: the shipped rows with the municipality's own overrides from
/// configuration, <c>LegalBases:Overrides:{municipality}:{category}:{Law|Section|AppealBody|AppealWeeks|AppealLaw}</c>
/// and optionally <c>…:ValidFrom</c> (yyyy-MM-dd) so an override of the new law does not rewrite letters under the
/// old one. An override is the municipality's lawyer's word, so it clears the row's confirmation flag.
/// </summary>
public sealed class LegalBases(IConfiguration configuration)
{
    private static readonly string[] Fields = ["Law", "Section", "AppealBody", "AppealWeeks", "AppealLaw", "ValidFrom"];

    private readonly LegalBasisTable _table = LegalBasisTable.Default;

    // Checked when the service starts (Program resolves it): a misspelt key would leave letters on the table's row
    // while the lawyer believes it replaced, and a bad date or number would fail every letter instead.
    private readonly IConfiguration _configuration = Checked(configuration);

    public LegalBasis? For(string municipalityId, string country, LegalCategory category, DateOnly date)
    {
        var row = _table.Find(country, category, date);
        if (row is null)
        {
            return null;
        }
        var section = _configuration.GetSection($"LegalBases:Overrides:{municipalityId}:{Name(category)}");
        if (!section.Exists()
            || (section["ValidFrom"] is { } from && DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture) > date))
        {
            return row;
        }
        return row with
        {
            Law = section["Law"] ?? row.Law,
            Section = section["Section"] ?? row.Section,
            AppealBody = section["AppealBody"] ?? row.AppealBody,
            AppealWeeks = section.GetValue<int?>("AppealWeeks") ?? row.AppealWeeks,
            AppealLaw = section["AppealLaw"] ?? row.AppealLaw,
            NeedsLawyersConfirmation = false,
            ConfirmationNote = null,
            Overridden = true,
        };
    }

    /// <summary>Every category's row for the municipality on a date (categories the table lacks for its country are left out).</summary>
    public IReadOnlyList<LegalBasis> All(string municipalityId, string country, DateOnly date) =>
        Enum.GetValues<LegalCategory>().Select(c => For(municipalityId, country, c, date)).OfType<LegalBasis>().ToList();

    /// <summary>The rows a decision's lines rest on, in category order.</summary>
    public IReadOnlyList<LegalBasis> ForLines(string municipalityId, string country, IEnumerable<ServiceLine> lines, DateOnly date) =>
        lines.Select(l => LegalCategories.For(l.ServiceCode, l.Kind)).Distinct().Order()
            .Select(c => For(municipalityId, country, c, date)).OfType<LegalBasis>().ToList();

    /// <summary>What a decision cites unless the case worker writes another basis: each distinct law and section, joined.</summary>
    public string Citation(string municipalityId, string country, IEnumerable<ServiceLine> lines, DateOnly date) =>
        string.Join("; ", ForLines(municipalityId, country, lines, date).Select(r => r.Citation).Distinct());

    private static IConfiguration Checked(IConfiguration configuration)
    {
        var categories = Enum.GetValues<LegalCategory>().Select(Name).ToList();
        foreach (var category in configuration.GetSection("LegalBases:Overrides").GetChildren().SelectMany(m => m.GetChildren()))
        {
            if (!categories.Contains(category.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{category.Path}: not a legal category (one of: {string.Join(", ", categories)})");
            }
            foreach (var field in category.GetChildren().Where(f => !Fields.Contains(f.Key, StringComparer.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"{field.Path}: not a field that can be overridden (one of: {string.Join(", ", Fields)})");
            }
            if (category["AppealWeeks"] is { } weeks && !(int.TryParse(weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0))
            {
                throw new InvalidOperationException($"{category.Path}:AppealWeeks: must be a whole number of weeks above 0, not '{weeks}'");
            }
            if (category["ValidFrom"] is { } from && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new InvalidOperationException($"{category.Path}:ValidFrom: must be a date (yyyy-MM-dd), not '{from}'");
            }
        }
        return configuration;
    }

    private static string Name(LegalCategory category) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
}
