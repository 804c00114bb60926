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
    private readonly LegalBasisTable _table = LegalBasisTable.Default;

    public LegalBasis? For(string municipalityId, string country, LegalCategory category, DateOnly date)
    {
        var row = _table.Find(country, category, date);
        if (row is null)
        {
            return null;
        }
        var section = configuration.GetSection($"LegalBases:Overrides:{municipalityId}:{Name(category)}");
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

    private static string Name(LegalCategory category) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
}
