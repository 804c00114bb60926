namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>
/// Nynorsk names of the default catalogue's service types. The catalogue keeps one Norwegian name (bokmål); a
/// municipality's own types without a nynorsk name here are shown in bokmål.
/// </summary>
public static class NynorskServiceNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["personal_care"] = "Personleg stell",
        ["shower"] = "Dusj",
        ["nutrition"] = "Måltid og ernæring",
        ["medication"] = "Legemiddelhandtering",
        ["wound_care"] = "Sårbehandling og injeksjonar",
        ["nursing_care"] = "Pleie ved sengeleie og alvorleg sjukdom",
        ["physical_training"] = "Fysisk aktivitet og opptrening",
        ["technical_aids"] = "Hjelpemiddel og velferdsteknologi",
        ["cleaning"] = "Reingjering",
        ["laundry"] = "Klesvask",
        ["bed_change"] = "Sengeskift",
        ["shopping"] = "Bestilling og innkjøp av matvarer",
        ["escort"] = "Følgje til lege, tannlege og sjukehus",
        ["supervisory_visit"] = "Tilsynsbesøk og samtale",
        ["social_activity"] = "Sosial aktivitet og samvær",
    };

    public static string? For(string code) => Names.GetValueOrDefault(code);
}
