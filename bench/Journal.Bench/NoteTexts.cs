namespace CareServices.Bench.Journal;

/// <summary>
/// Journal notes as care workers write them: one to four short Norwegian sentences drawn from a fixed vocabulary with
/// a fixed seed, so every run searches the same journal.
/// </summary>
public static class NoteTexts
{
    public static readonly string[] Categories = ["observation", "contactWithRelative", "contactPersonMeeting", "messageToNurse", "other"];

    /// <summary>Search terms from rare to common, as staff type them (websearch syntax, stemmed by the service).</summary>
    public static readonly string[] SearchTerms =
    [
        "fall", "smerter i hofta", "matlyst", "datteren ringte", "sår på leggen", "svimmel", "dusj", "medisiner",
        "sov dårlig", "trivdes", "tur ute", "\"spiste lite\"", "humøret", "hukommelse", "legebesøk", "vekt",
    ];

    private static readonly string[] Openings =
    [
        "Bruker var i godt humør i dag", "Bruker virket sliten og trett", "Datteren ringte og spurte etter moren",
        "Bruker klaget over smerter i hofta", "Bruker spiste lite til frokost", "Bruker sov dårlig i natt",
        "Bruker ønsket dusj i dag", "Sønnen var på besøk", "Bruker var svimmel da hun reiste seg",
        "Bruker trivdes med besøket", "Bruker ble med på en kort tur ute", "Bruker hadde god matlyst",
    ];

    private static readonly string[] Details =
    [
        "Medisiner tatt som foreskrevet.", "Sår på leggen stelt og nytt plaster lagt.", "Målte vekt: stabil siden forrige uke.",
        "Hukommelsen virker dårligere enn før.", "Avtalt legebesøk neste uke.", "Ingen fall siden sist.",
        "Drakk godt med vann.", "Huden er tørr, smurt inn med krem.", "Ble minnet på å bruke rullatoren.",
        "Ønsker å snakke med sykepleier om smertene.", "Kjøleskapet er fylt opp.", "Humøret bedre etter middag.",
    ];

    public static string For(Random random)
    {
        var sentences = new List<string> { Openings[random.Next(Openings.Length)] + "." };
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            sentences.Add(Details[random.Next(Details.Length)]);
        }
        return string.Join(' ', sentences);
    }
}
