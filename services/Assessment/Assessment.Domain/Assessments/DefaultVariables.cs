namespace CareServices.Assessment.Domain.Assessments;

/// <summary>The Norwegian IPLOS-style list of iplos.md, which a new municipality starts with (data, not code, so it can follow the national guide).</summary>
public static class DefaultVariables
{
    public static IEnumerable<AssessmentVariable> For(string municipalityId) =>
    [
        AssessmentVariable.Create(municipalityId, "social_participation", "Sosial deltakelse", "Social delaktighet", "Social deltagelse", "Social participation", "social", 5),
        AssessmentVariable.Create(municipalityId, "daily_decisions", "Beslutninger i dagliglivet", "Beslut i vardagen", "Beslutninger i hverdagen", "Decisions in daily life", "cognitive", 5),
        AssessmentVariable.Create(municipalityId, "own_health", "Ivareta egen helse", "Sköta sin egen hälsa", "Varetage egen sundhed", "Looking after own health", "personal_care", 5),
        AssessmentVariable.Create(municipalityId, "communication", "Kommunikasjon", "Kommunikation", "Kommunikation", "Communication", "cognitive", 5),
        AssessmentVariable.Create(municipalityId, "memory", "Hukommelse", "Minne", "Hukommelse", "Memory", "cognitive", 5),
        AssessmentVariable.Create(municipalityId, "behaviour", "Styring av atferd", "Styra sitt beteende", "Styring af adfærd", "Managing own behaviour", "cognitive", 5),
        AssessmentVariable.Create(municipalityId, "goods_services", "Skaffe seg varer og tjenester", "Skaffa varor och tjänster", "Skaffe varer og tjenesteydelser", "Obtaining goods and services", "instrumental", 5),
        AssessmentVariable.Create(municipalityId, "housework", "Alminnelig husarbeid", "Hushållsarbete", "Almindeligt husarbejde", "Ordinary housework", "instrumental", 5),
        AssessmentVariable.Create(municipalityId, "cooking", "Lage mat", "Laga mat", "Lave mad", "Preparing food", "instrumental", 5),
        AssessmentVariable.Create(municipalityId, "eating", "Spise", "Äta", "Spise", "Eating", "personal_care", 5),
        AssessmentVariable.Create(municipalityId, "hygiene", "Personlig hygiene", "Personlig hygien", "Personlig hygiejne", "Personal hygiene", "personal_care", 5),
        AssessmentVariable.Create(municipalityId, "dressing", "Av- og påkledning", "Av- och påklädning", "Af- og påklædning", "Dressing", "personal_care", 5),
        AssessmentVariable.Create(municipalityId, "toilet", "Toalett", "Toalettbesök", "Toiletbesøg", "Toilet", "personal_care", 5),
        AssessmentVariable.Create(municipalityId, "mobility_indoors", "Bevege seg innendørs", "Förflytta sig inomhus", "Bevæge sig indendørs", "Moving indoors", "mobility", 5),
        AssessmentVariable.Create(municipalityId, "mobility_outdoors", "Bevege seg utendørs", "Förflytta sig utomhus", "Bevæge sig udendørs", "Moving outdoors", "mobility", 5),
        AssessmentVariable.Create(municipalityId, "vision", "Syn", "Syn", "Syn", "Vision", "senses", 4),
        AssessmentVariable.Create(municipalityId, "hearing", "Hørsel", "Hörsel", "Hørelse", "Hearing", "senses", 4),
    ];
}
