using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Decisions;

public sealed class DecisionLetterTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Theory]
    [InlineData("nb", "Vedtak om hjemmetjenester", "Rengjøring", "Klagefristen er 4 uker", "Statsforvalteren")]
    [InlineData("nn", "Vedtak om heimetenester", "Reingjering", "Klagefristen er 4 veker", "Statsforvalteren")]
    [InlineData("sv", "Beslut om hemtjänst", "Städning", "inom 4 veckor", "Statsforvalteren")]
    [InlineData("da", "Afgørelse om hjemmepleje", "Rengøring", "senest 4 uger", "Statsforvalteren")]
    [InlineData("en", "Decision on home-based care", "Cleaning", "within 4 weeks", "Statsforvalteren")]
    public async Task The_letter_is_written_in_the_recipients_language_with_what_how_much_from_when_and_the_appeal_deadline(
        string language, string title, string cleaning, string deadline, string appealBody)
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker, language: language);
        var granted = await GrantedAsync(caseWorker, FiveLines(recipientId, validFrom: "2027-01-01"));

        var response = await caseWorker.GetAsync($"{Root}/{granted.GetProperty("id").GetGuid()}/letter");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(cleaning, html, StringComparison.Ordinal);
        Assert.Contains("01.01.2027", html, StringComparison.Ordinal);
        Assert.Contains("8.75", html, StringComparison.Ordinal);
        Assert.Contains("Anne Hansen", html, StringComparison.Ordinal);
        Assert.Contains(deadline, html, StringComparison.Ordinal);
        // A Norwegian municipality's appeal goes to the Norwegian body under the Norwegian law whatever the letter's language.
        Assert.Contains(appealBody, html, StringComparison.Ordinal);
        Assert.Contains("pasient- og brukerrettighetsloven § 7-2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Danish_municipality_cites_the_elderly_act_for_personal_care_with_four_weeks_to_Ankestyrelsen()
    {
        var admin = host.Client(Roles.Admin, municipality: "0461");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/assessment/municipalities/0461", new
        {
            name = "Odense", country = "DK", language = "da", zones = new[] { new { name = "Centrum", latitude = 55.4, longitude = 10.4 } },
        })).StatusCode);
        var caseWorker = host.Client(Roles.CaseWorker, municipality: "0461");
        var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Jens Jensen", birthDate = "1961-07-07", nationalId = "070761-4285",
            address = new { street = "Vestergade 1", postalCode = "5000", city = "Odense", latitude = 55.4, longitude = 10.38 },
            zone = "Centrum", preferredLanguage = "da",
        });
        var recipientId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var granted = await GrantedAsync(caseWorker, OneLine(recipientId));

        var html = await caseWorker.GetStringAsync($"{Root}/{granted.GetProperty("id").GetGuid()}/letter");

        // Personal care is granted under the social-services side (ældreloven since July 2025), not the health act.
        Assert.Contains("Ældreloven § 10", html, StringComparison.Ordinal);
        Assert.Contains("senest 4 uger", html, StringComparison.Ordinal);
        Assert.Contains("Ankestyrelsen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sundhedsloven", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_letter_gives_the_reason_and_the_appeal_right_and_a_draft_has_no_letter()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker, language: "en");
        var id = (await DraftAsync(caseWorker, OneLine(recipientId))).GetProperty("id").GetGuid();
        var draftLetter = await caseWorker.GetAsync($"{Root}/{id}/letter");
        await caseWorker.PostAsJsonAsync($"{Root}/{id}/reject", new { reason = "Your needs are met by <the family>" });

        var html = await caseWorker.GetStringAsync($"{Root}/{id}/letter?language=nb");

        Assert.Equal(HttpStatusCode.Conflict, draftLetter.StatusCode);
        Assert.Contains("Avslag på søknad om hjemmetjenester", html, StringComparison.Ordinal);
        Assert.Contains("Your needs are met by &lt;the family&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Du har rett til å klage", html, StringComparison.Ordinal);
    }
}
