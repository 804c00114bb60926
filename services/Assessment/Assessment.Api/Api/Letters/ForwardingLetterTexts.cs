namespace CareServices.Assessment.Api.Api.Letters;

/// <summary>The wording of the letter that tells a recipient their appeal went to the appeal body.</summary>
public sealed record ForwardingLetterTexts(string Lang, string Title, string Body, string PartlyReversed, string Late, string MunicipalityNote, string WhatNext)
{
    public static ForwardingLetterTexts For(string language) => language switch
    {
        "nn" => Nynorsk,
        "sv" => Swedish,
        "da" => Danish,
        "en" => English,
        _ => Norwegian,
    };

    // {0} received on, {1} decision number, {2} municipality, {3} appeal body, {4} forwarded on.
    private static readonly ForwardingLetterTexts Norwegian = new(
        "nb", "Klagen din er sendt til {0}",
        "Vi viser til klagen din av {0} på vedtak {1}. {2} kommune har vurdert saken på nytt og opprettholder vedtaket. Klagen ble sendt til {3} {4} for endelig avgjørelse.",
        "Kommunen har gitt deg medhold i en del av klagen og fattet nytt vedtak om det; resten av klagen er sendt videre.",
        "Klagen kom inn etter klagefristen. {0} avgjør om den likevel kan behandles.",
        "Kommunens vurdering:", "Du hører fra {0} når klagen er avgjort. Du har rett til å se dokumentene i saken og til å uttale deg til kommunens vurdering.");

    private static readonly ForwardingLetterTexts Nynorsk = new(
        "nn", "Klaga di er send til {0}",
        "Vi viser til klaga di av {0} på vedtak {1}. {2} kommune har vurdert saka på nytt og held fast på vedtaket. Klaga vart send til {3} {4} for endeleg avgjerd.",
        "Kommunen har gitt deg medhald i ein del av klaga og gjort nytt vedtak om det; resten av klaga er send vidare.",
        "Klaga kom inn etter klagefristen. {0} avgjer om ho likevel kan handsamast.",
        "Vurderinga til kommunen:", "Du høyrer frå {0} når klaga er avgjord. Du har rett til å sjå dokumenta i saka og til å uttale deg om vurderinga til kommunen.");

    private static readonly ForwardingLetterTexts Swedish = new(
        "sv", "Ditt överklagande har skickats till {0}",
        "Vi hänvisar till ditt överklagande av den {0} av beslut {1}. {2} kommun har prövat beslutet på nytt och ändrar det inte. Överklagandet skickades till {3} den {4} för prövning.",
        "Kommunen har ändrat beslutet i en del och fattat nytt beslut om den; resten av överklagandet har skickats vidare.",
        "Överklagandet kom in efter tidsfristen. {0} avgör om det ändå kan prövas.",
        "Kommunens bedömning:", "Du får besked från {0} när överklagandet är prövat. Du har rätt att ta del av handlingarna i ärendet.");

    private static readonly ForwardingLetterTexts Danish = new(
        "da", "Din klage er sendt til {0}",
        "Vi henviser til din klage af {0} over afgørelse {1}. {2} Kommune har genvurderet sagen og fastholder afgørelsen. Klagen blev sendt til {3} den {4} til afgørelse.",
        "Kommunen har givet dig medhold i en del af klagen og truffet ny afgørelse om den; resten af klagen er sendt videre.",
        "Klagen kom ind efter klagefristen. {0} afgør, om den alligevel kan behandles.",
        "Kommunens vurdering:", "Du hører fra {0}, når klagen er afgjort. Du har ret til aktindsigt i sagen.");

    private static readonly ForwardingLetterTexts English = new(
        "en", "Your appeal has been sent to {0}",
        "We refer to your appeal of {0} against decision {1}. {2} municipality has reconsidered the case and upholds its decision. The appeal was sent to {3} on {4} for a final decision.",
        "The municipality agreed with part of your appeal and made a new decision on it; the rest of the appeal has been forwarded.",
        "The appeal arrived after the deadline. {0} decides whether it can still be heard.",
        "The municipality's assessment:", "You will hear from {0} once the appeal is decided. You have the right to see the documents in your case and to comment on the municipality's assessment.");
}
