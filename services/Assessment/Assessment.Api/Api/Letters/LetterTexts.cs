namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>The fixed wording of decision letters in the five letter languages (bokmål, nynorsk, Swedish, Danish, English).</summary>
public sealed record LetterTexts(
    string Lang,
    string GrantedTitle,
    string RejectedTitle,
    string TerminatedTitle,
    string DecisionNumber,
    string Date,
    string LegalBasis,
    string GrantedIntro,
    string RejectedIntro,
    string TerminatedIntro,
    string ReplacesVersion,
    string ValidFrom,
    string ValidTo,
    string UntilFurtherNotice,
    string Service,
    string Amount,
    string When,
    string HoursPerWeek,
    string TotalHours,
    string CoPayment,
    string CoPaymentNote,
    string TwoStaff,
    string ContactPerson,
    string AppealHeading,
    string AppealText,
    string ComplaintText,
    string MinutesPerVisit,
    string Daily,
    string OnDays,
    string EveryNWeeks,
    string TimesPerDay,
    string At,
    string Yes,
    IReadOnlyList<string> DayNames)
{
    public static LetterTexts For(string language) => language switch
    {
        "nn" => Nynorsk,
        "sv" => Swedish,
        "da" => Danish,
        "en" => English,
        _ => Norwegian,
    };

    /// <summary>Monday first, as the letters list days.</summary>
    public string Day(DayOfWeek day) => DayNames[((int)day + 6) % 7];

    private static readonly LetterTexts Norwegian = new(
        "nb", "Vedtak om hjemmetjenester", "Avslag på søknad om hjemmetjenester", "Vedtak om opphør av hjemmetjenester",
        "Vedtaksnummer", "Dato", "Lovgrunnlag",
        "Du har fått innvilget disse tjenestene:", "Søknaden din er avslått. Begrunnelse:", "Tjenestene dine opphører. Siste dag med tjenester er {0}. Begrunnelse:",
        "Dette vedtaket erstatter versjon {0} av vedtaket fra {1}.",
        "Gyldig fra", "Gyldig til", "inntil videre",
        "Tjeneste", "Omfang", "Når", "Timer per uke", "Til sammen timer per uke", "Egenandel",
        "Tjenester merket med egenandel betales etter kommunens satser.", "to ansatte samtidig",
        "Din kontaktperson",
        "Du har rett til å klage",
        "Du kan klage på vedtaket. Klagefristen er {0} uker fra du mottok dette brevet ({3}). Send klagen til {1} kommune, som vurderer saken på nytt; får du ikke medhold, sendes klagen videre til {2}. Du har rett til å se dokumentene i saken din.",
        "Vedtaket om {2} etter {1} kan ikke påklages på denne måten. Er du misfornøyd, kan du klage til {0}.",
        "{0} minutter per besøk", "hver dag", "{0}", "hver {0}. uke ({1})", "{0} ganger daglig", "kl. {0}", "ja",
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]);

    private static readonly LetterTexts Nynorsk = new(
        "nn", "Vedtak om heimetenester", "Avslag på søknad om heimetenester", "Vedtak om opphøyr av heimetenester",
        "Vedtaksnummer", "Dato", "Lovgrunnlag",
        "Du har fått innvilga desse tenestene:", "Søknaden din er avslått. Grunngjeving:", "Tenestene dine tek slutt. Siste dag med tenester er {0}. Grunngjeving:",
        "Dette vedtaket erstattar versjon {0} av vedtaket frå {1}.",
        "Gyldig frå", "Gyldig til", "inntil vidare",
        "Teneste", "Omfang", "Når", "Timar per veke", "Til saman timar per veke", "Eigendel",
        "Tenester merkte med eigendel blir betalte etter satsane til kommunen.", "to tilsette samstundes",
        "Kontaktpersonen din",
        "Du har rett til å klage",
        "Du kan klage på vedtaket. Klagefristen er {0} veker frå du fekk dette brevet ({3}). Send klaga til {1} kommune, som vurderer saka på nytt; får du ikkje medhald, blir klaga send vidare til {2}. Du har rett til å sjå dokumenta i saka di.",
        "Vedtaket om {2} etter {1} kan ikkje klagast på på denne måten. Er du misnøgd, kan du klage til {0}.",
        "{0} minutt per besøk", "kvar dag", "{0}", "kvar {0}. veke ({1})", "{0} gonger dagleg", "kl. {0}", "ja",
        ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"]);

    private static readonly LetterTexts Swedish = new(
        "sv", "Beslut om hemtjänst", "Avslag på ansökan om hemtjänst", "Beslut om upphörande av hemtjänst",
        "Beslutsnummer", "Datum", "Lagrum",
        "Du har beviljats följande insatser:", "Din ansökan har avslagits. Motivering:", "Dina insatser upphör. Sista dagen med insatser är {0}. Motivering:",
        "Detta beslut ersätter version {0} av beslutet från {1}.",
        "Gäller från", "Gäller till", "tills vidare",
        "Insats", "Omfattning", "När", "Timmar per vecka", "Sammanlagt timmar per vecka", "Avgift",
        "För insatser markerade med avgift tas avgift ut enligt kommunens taxa.", "två personal samtidigt",
        "Din kontaktperson",
        "Du har rätt att överklaga",
        "Du kan överklaga beslutet. Överklagandet ska ha kommit in till {1} kommun inom {0} veckor från den dag du fick del av beslutet ({3}). Kommunen prövar först om beslutet ska ändras och skickar sedan överklagandet vidare till {2}.",
        "Beslutet om {2} enligt {1} kan inte överklagas på det sättet. Är du missnöjd kan du vända dig till {0}.",
        "{0} minuter per besök", "varje dag", "{0}", "var {0}:e vecka ({1})", "{0} gånger dagligen", "kl. {0}", "ja",
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]);

    private static readonly LetterTexts Danish = new(
        "da", "Afgørelse om hjemmepleje", "Afslag på ansøgning om hjemmepleje", "Afgørelse om ophør af hjemmepleje",
        "Afgørelsesnummer", "Dato", "Lovgrundlag",
        "Du har fået bevilget følgende ydelser:", "Din ansøgning er afslået. Begrundelse:", "Dine ydelser ophører. Sidste dag med ydelser er {0}. Begrundelse:",
        "Denne afgørelse erstatter version {0} af afgørelsen fra {1}.",
        "Gælder fra", "Gælder til", "indtil videre",
        "Ydelse", "Omfang", "Hvornår", "Timer pr. uge", "I alt timer pr. uge", "Egenbetaling",
        "For ydelser markeret med egenbetaling betales efter kommunens takster.", "to medarbejdere samtidig",
        "Din kontaktperson",
        "Du har ret til at klage",
        "Du kan klage over afgørelsen. Klagen skal være modtaget af {1} Kommune senest {0} uger efter, at du har modtaget denne afgørelse ({3}). Kommunen genvurderer sagen, og fastholder den afgørelsen, sendes klagen videre til {2}.",
        "Afgørelsen om {2} efter {1} kan ikke påklages på denne måde. Er du utilfreds, kan du klage til {0}.",
        "{0} minutter pr. besøg", "hver dag", "{0}", "hver {0}. uge ({1})", "{0} gange dagligt", "kl. {0}", "ja",
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]);

    private static readonly LetterTexts English = new(
        "en", "Decision on home-based care", "Refusal of your application for home-based care", "Decision to end home-based care",
        "Decision number", "Date", "Legal basis",
        "You have been granted these services:", "Your application has been refused. Reasons:", "Your services end. The last day of services is {0}. Reasons:",
        "This decision replaces version {0} of the decision from {1}.",
        "Valid from", "Valid to", "until further notice",
        "Service", "Amount", "When", "Hours per week", "Total hours per week", "Co-payment",
        "Services marked with a co-payment are charged at the municipality's rates.", "two staff at once",
        "Your contact person",
        "Your right to appeal",
        "You may appeal this decision within {0} weeks of receiving this letter ({3}). Send your appeal to {1} municipality, which reconsiders the case and, if it upholds its decision, forwards the appeal to {2}. You have the right to see the documents in your case.",
        "The decision on {2} under {1} cannot be appealed in this way. If you are dissatisfied, you can complain to {0}.",
        "{0} minutes per visit", "every day", "{0}", "every {0} weeks ({1})", "{0} times a day", "at {0}", "yes",
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
}
