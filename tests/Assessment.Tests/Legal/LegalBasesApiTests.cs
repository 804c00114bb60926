using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareServices.Assessment.Domain.Legal;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>A host whose configuration overrides Steigen's practical-assistance row, as a municipality's lawyer would.</summary>
public sealed class OverridingHost : AssessmentHost
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["LegalBases:Overrides:1848:practicalAssistance:AppealWeeks"] = "6",
        ["LegalBases:Overrides:1848:practicalAssistance:Section"] = "§ 3-2 første ledd nr. 6 bokstav b (praktisk bistand, kommunens sitering)",
    };
}

public sealed class LegalBasesApiTests(OverridingHost host) : IClassFixture<OverridingHost>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Fact]
    public async Task The_table_as_the_municipality_applies_it_lists_every_category_with_its_overrides()
    {
        var rows = (await host.Client(Roles.CaseWorker).GetFromJsonAsync<List<LegalBasis>>("/api/assessment/legal-bases?date=2027-01-01", Json))!;

        Assert.Equal([LegalCategory.HealthCare, LegalCategory.PersonalCare, LegalCategory.PracticalAssistance], rows.Select(r => r.Category));
        var practical = rows.Single(r => r.Category == LegalCategory.PracticalAssistance);
        Assert.Equal((6, true), (practical.AppealWeeks!.Value, practical.Overridden));
        Assert.Equal(4, rows.Single(r => r.Category == LegalCategory.HealthCare).AppealWeeks);
    }

    [Fact]
    public async Task A_letter_uses_the_municipalitys_override_for_the_services_it_covers()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker);
        var granted = await GrantedAsync(caseWorker, OneLine(recipientId, serviceCode: "cleaning"));

        var html = await caseWorker.GetStringAsync($"{Root}/{granted.GetProperty("id").GetGuid()}/letter");

        Assert.Contains("Klagefristen er 6 uker", html, StringComparison.Ordinal);
        Assert.Contains("kommunens sitering", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_naming_the_field()
    {
        var response = await host.Client(Roles.CaseWorker).GetAsync("/api/assessment/legal-bases?date=July");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Support.Recipients.ErrorsAsync(response)).TryGetProperty("date", out _));
    }
}
