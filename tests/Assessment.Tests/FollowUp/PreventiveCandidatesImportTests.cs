using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareServices.Assessment.Api.Api.FollowUp;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.FollowUp;

/// <summary>Importing residents 75+ without services from a population-register export, as candidates, not recipients.</summary>
public sealed class PreventiveCandidatesImportTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Import = "/api/assessment/follow-up/preventive-visit-candidates/import";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private const string Header = "fodselsnummer;fornavn;etternavn;fodselsdato;adresse;postnummer;poststed";

    private static StringContent Csv(params string[] lines) => new(string.Join('\n', [Header, .. lines]), Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Residents_at_75_without_services_become_candidates_and_recipients_with_services_and_younger_residents_do_not()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var servedId = Support.Recipients.NextNorwegianId("010140");
        var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Support.Recipients.Registration(servedId, birthDate: "1940-01-01"));
        var servedRecipient = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await GrantedAsync(caseWorker, OneLine(servedRecipient));
        var candidateId = Support.Recipients.NextNorwegianId("020245");
        var recipientsBefore = await host.WithDbAsync(db => Task.FromResult(db.Recipients.Count()));

        var response = await caseWorker.PostAsync(Import, Csv(
            $"{candidateId};Astrid;Berg;1945-02-02;Fjordveien 4;8283;Leinesfjord",
            $"{servedId};Kari;Nordmann;1940-01-01;Storgata 1;8283;Leinesfjord",
            $"{Support.Recipients.NextNorwegianId("030370")};Unni;Ung;1970-03-03;Bakken 1;8283;Leinesfjord"));
        var again = await caseWorker.PostAsync(Import, Csv($"{candidateId};Astrid;Berg;1945-02-02;Nyveien 9;8283;Leinesfjord"));
        var candidates = await host.Client(Roles.UnitLeader).GetFromJsonAsync<List<PreventiveCandidatesApi.CandidateResponse>>("/api/assessment/follow-up/preventive-visit-candidates", Json);

        Assert.Equal(new PreventiveCandidatesApi.ImportResult(1, 0, 1, 1), await response.Content.ReadFromJsonAsync<PreventiveCandidatesApi.ImportResult>());
        Assert.Equal(new PreventiveCandidatesApi.ImportResult(0, 1, 0, 0), await again.Content.ReadFromJsonAsync<PreventiveCandidatesApi.ImportResult>());
        var astrid = Assert.Single(candidates!, c => c.Name == "Astrid Berg");
        Assert.Equal("Nyveien 9", astrid.Street);
        Assert.Equal(recipientsBefore, await host.WithDbAsync(db => Task.FromResult(db.Recipients.Count())));
    }

    [Fact]
    public async Task A_file_with_a_bad_line_imports_nothing_and_names_the_line_and_field()
    {
        var caseWorker = host.Client(Roles.CaseWorker);

        var response = await caseWorker.PostAsync(Import, Csv(
            $"{Support.Recipients.NextNorwegianId("040444")};Good;Row;1944-04-04;Vei 1;8283;Leinesfjord",
            "99999999999;Bad;Row;1944-04-04;Vei 2;8283;Leinesfjord"));
        var candidates = await host.Client(Roles.UnitLeader).GetFromJsonAsync<List<PreventiveCandidatesApi.CandidateResponse>>("/api/assessment/follow-up/preventive-visit-candidates", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("line 3.fodselsnummer", out _));
        Assert.DoesNotContain(candidates!, c => c.Name == "Good Row");
    }
}
