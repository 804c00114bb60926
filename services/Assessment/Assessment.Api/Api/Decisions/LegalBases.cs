using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>The legal basis a decision cites unless the case worker writes another: it follows the country and whether the lines are health care or practical assistance.</summary>
public static class LegalBases
{
    public static string Default(string country, IEnumerable<ServiceKind> kinds)
    {
        var distinct = kinds.Distinct().Order().ToList();
        return string.Join("; ", distinct.Select(kind => (country, kind) switch
        {
            (Countries.Sweden, ServiceKind.PracticalAssistance) => "Socialtjänstlagen, bistånd i form av hemtjänst",
            (Countries.Sweden, _) => "Hälso- och sjukvårdslagen (2017:30), hemsjukvård",
            (Countries.Denmark, ServiceKind.PracticalAssistance) => "Lov om social service § 83 (personlig hjælp og praktisk bistand)",
            (Countries.Denmark, _) => "Sundhedsloven § 138 (hjemmesygepleje)",
            (_, ServiceKind.PracticalAssistance) => "Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b (praktisk bistand)",
            _ => "Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a (helsetjenester i hjemmet)",
        }));
    }
}
