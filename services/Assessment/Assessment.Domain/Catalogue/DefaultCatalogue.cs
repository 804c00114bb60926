namespace CareServices.Assessment.Domain.Catalogue;

/// <summary>
/// The service catalogue of DOMAIN.md (seeds 000 and 001), which every new municipality starts with. Practical
/// assistance (cleaning, laundry, bed change, shopping) carries a co-payment, as the seeds say.
/// </summary>
public static class DefaultCatalogue
{
    public static readonly IReadOnlyList<CatalogueEntry> Entries =
    [
        new("personal_care", "Personlig stell", "Personlig omvårdnad", "Personlig pleje", "Personal care (hygiene, dressing, oral care, shaving)", Competence.HealthWorker, false, ServiceKind.HealthCare),
        new("shower", "Dusj", "Dusch", "Bad", "Shower", Competence.HealthWorker, false, ServiceKind.HealthCare),
        new("nutrition", "Måltider og ernæring", "Måltider och nutrition", "Måltider og ernæring", "Meals and nutrition", Competence.HealthWorker, false, ServiceKind.HealthCare),
        new("medication", "Legemiddelhåndtering", "Läkemedelshantering", "Medicinhåndtering", "Medication administration", Competence.Nurse, false, ServiceKind.HealthCare),
        new("wound_care", "Sårbehandling og injeksjoner", "Sårvård och injektioner", "Sårpleje og injektioner", "Wound care and injections", Competence.Nurse, false, ServiceKind.HealthCare),
        new("nursing_care", "Pleie ved sengeleie og alvorlig sykdom", "Omvårdnad vid sängläge och svår sjukdom", "Pleje ved sengeleje og alvorlig sygdom", "Nursing of the bedridden and seriously ill", Competence.Nurse, false, ServiceKind.HealthCare),
        new("physical_training", "Fysisk aktivitet og opptrening", "Fysisk aktivitet och träning", "Fysisk aktivitet og genoptræning", "Physical activity and training", Competence.Physiotherapist, false, ServiceKind.HealthCare),
        new("technical_aids", "Hjelpemidler og velferdsteknologi", "Hjälpmedel och välfärdsteknik", "Hjælpemidler og velfærdsteknologi", "Technical aids and welfare technology", Competence.OccupationalTherapist, false, ServiceKind.HealthCare),
        new("cleaning", "Rengjøring", "Städning", "Rengøring", "Cleaning", Competence.HomeHelper, true, ServiceKind.PracticalAssistance),
        new("laundry", "Klesvask", "Tvätt", "Tøjvask", "Laundry", Competence.HomeHelper, true, ServiceKind.PracticalAssistance),
        new("bed_change", "Sengeskift", "Bäddning", "Sengeskift", "Bed change", Competence.HomeHelper, true, ServiceKind.PracticalAssistance),
        new("shopping", "Bestilling og innkjøp av matvarer", "Beställning och inköp av livsmedel", "Bestilling og indkøb af dagligvarer", "Grocery ordering and shopping", Competence.HomeHelper, true, ServiceKind.PracticalAssistance),
        new("escort", "Ledsager til lege, tannlege og sykehus", "Ledsagning till läkare, tandläkare och sjukhus", "Ledsagelse til læge, tandlæge og hospital", "Escort to doctor, dentist and hospital", Competence.HealthWorker, false, ServiceKind.PracticalAssistance),
        new("supervisory_visit", "Tilsynsbesøk og samtale", "Tillsynsbesök och samtal", "Tilsynsbesøg og samtale", "Supervisory visit and conversation", Competence.HealthWorker, false, ServiceKind.HealthCare),
        new("social_activity", "Sosial aktivitet og samvær", "Social aktivitet och samvaro", "Social aktivitet og samvær", "Social activity", Competence.HealthWorker, false, ServiceKind.PracticalAssistance),
    ];
}
