using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Api.Letters;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;
using CareServices.Assessment.Tests.Decisions;
using Microsoft.Extensions.Configuration;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>Letters rendered without servers: the deadline, body and law each language and country must carry.</summary>
public sealed class DecisionLetterRenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly LegalBases Legal = new(new ConfigurationBuilder().Build());

    private static string Letter(string country, string language, DateOnly decidedOn, params string[] services)
    {
        var municipality = Municipality.Create("0001", "Heimby", country, Countries.DefaultLanguage(country));
        var catalogue = DefaultCatalogue.Entries.ToDictionary(e => e.Code, e => ServiceType.Create("0001", e), StringComparer.Ordinal);
        var lines = services.Select((code, i) => ServiceLine.Create(i + 1, catalogue[code], 30, GrantedHoursTests.Daily(), null, false, null, null, Now)).ToList();
        var bases = Legal.ForLines("0001", country, lines, decidedOn);
        var decision = Decision.Draft("0001", Guid.NewGuid(), "0001-2026-00001", Legal.Citation("0001", country, lines, decidedOn), decidedOn, null, null, lines, Now);
        Assert.Null(decision.Grant("saksbehandler", Now));
        var recipient = Recipient.Register("0001", "Kari Nordmann", new DateOnly(1938, 5, 17), new SealedNationalId("x", "x"), new Address("Storgata 1", "8283", "Leinesfjord", 67.7, 15.1), "Sentrum", language, Now);
        return DecisionLetter.Render(new DecisionLetter.Content(decision, null, recipient, municipality, catalogue, language, bases, decidedOn));
    }

    [Theory]
    [InlineData("nb", "Klagefristen er 4 uker", "Statsforvalteren", "Vedtak om hjemmetjenester", "Personlig stell")]
    [InlineData("nn", "Klagefristen er 4 veker", "Statsforvalteren", "Vedtak om heimetenester", "Personleg stell")]
    [InlineData("en", "within 4 weeks", "Statsforvalteren", "Decision on home-based care", "Personal care")]
    [InlineData("da", "senest 4 uger", "Statsforvalteren", "Afgørelse om hjemmepleje", "Personlig pleje")]
    [InlineData("sv", "inom 4 veckor", "Statsforvalteren", "Beslut om hemtjänst", "Personlig omvårdnad")]
    public void A_Norwegian_letter_in_any_language_gives_four_weeks_to_Statsforvalteren_under_the_patients_rights_act(
        string language, string deadline, string body, string title, string service)
    {
        var html = Letter("NO", language, new DateOnly(2026, 12, 1), "personal_care", "cleaning");

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(service, html, StringComparison.Ordinal);
        Assert.Contains(deadline, html, StringComparison.Ordinal);
        Assert.Contains(body, html, StringComparison.Ordinal);
        Assert.Contains("pasient- og brukerrettighetsloven § 7-2 og § 7-5", html, StringComparison.Ordinal);
        Assert.Contains("Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("forvaltningsloven § 29", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nynorsk_letter_is_written_in_nynorsk_not_bokmal()
    {
        var html = Letter("NO", "nn", new DateOnly(2026, 12, 1), "cleaning");

        Assert.Contains("Du har fått innvilga desse tenestene:", html, StringComparison.Ordinal);
        Assert.Contains("Reingjering", html, StringComparison.Ordinal);
        Assert.Contains("Timar per veke", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Du har fått innvilget disse tjenestene:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rengjøring", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 6, 30, "Socialtjänstlagen (2001:453) 4 kap. 1 §")]
    [InlineData(2025, 7, 1, "Socialtjänstlagen (2025:400)")]
    public void A_Swedish_letter_cites_the_social_services_act_in_force_on_the_decision_date_and_three_weeks_to_the_administrative_court(
        int year, int month, int day, string law)
    {
        var html = Letter("SE", "sv", new DateOnly(year, month, day), "personal_care", "shower", "cleaning");

        Assert.Contains(law, html, StringComparison.Ordinal);
        Assert.Contains("inom 3 veckor", html, StringComparison.Ordinal);
        Assert.Contains("förvaltningsrätten", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hälso- och sjukvårdslagen", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Swedish_letter_with_medication_says_that_health_care_is_complained_about_not_appealed_and_which_services_each_rule_covers()
    {
        var html = Letter("SE", "sv", new DateOnly(2026, 12, 1), "shower", "medication");

        Assert.Contains("Dusch: Du kan överklaga beslutet", html, StringComparison.Ordinal);
        Assert.Contains("Beslutet om Läkemedelshantering enligt Hälso- och sjukvårdslagen (2017:30)", html, StringComparison.Ordinal);
        Assert.Contains("Inspektionen för vård och omsorg (IVO)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 6, 30, "Lov om social service § 83, stk. 1, nr. 1")]
    [InlineData(2025, 7, 1, "Ældreloven § 10")]
    public void A_Danish_letter_cites_the_law_in_force_on_the_decision_date_and_four_weeks_to_Ankestyrelsen(int year, int month, int day, string law)
    {
        var html = Letter("DK", "da", new DateOnly(year, month, day), "personal_care", "supervisory_visit");

        Assert.Contains(law, html, StringComparison.Ordinal);
        Assert.Contains("senest 4 uger", html, StringComparison.Ordinal);
        Assert.Contains("Ankestyrelsen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sundhedsloven", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Danish_letter_cites_the_health_act_for_home_nursing_only()
    {
        var html = Letter("DK", "en", new DateOnly(2026, 12, 1), "wound_care");

        Assert.Contains("Sundhedsloven § 138 (hjemmesygepleje)", html, StringComparison.Ordinal);
        Assert.Contains("you can complain to Styrelsen for Patientklager", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ankestyrelsen", html, StringComparison.Ordinal);
    }
}
