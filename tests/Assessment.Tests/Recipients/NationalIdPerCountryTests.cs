using System.Net;
using System.Net.Http.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Assessment.Tests.Recipients;

/// <summary>The municipality's country decides which national id rules apply.</summary>
public sealed class NationalIdPerCountryTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private static async Task ConfigureAsync(AssessmentHost host, string number, string name, string country, string language, string zone)
    {
        var response = await host.Client(Roles.Admin, municipality: number).PutAsJsonAsync($"/api/assessment/municipalities/{number}", new
        {
            name, country, language, zones = new[] { new { name = zone, latitude = 56.0, longitude = 13.0 } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static object Registration(string nationalId, string birthDate, string zone) => new
    {
        name = "Test Person",
        birthDate,
        nationalId,
        address = new { street = "Storgatan 1", postalCode = "21122", city = "Malmö", latitude = 55.6, longitude = 13.0 },
        zone,
        preferredLanguage = "sv",
    };

    [Fact]
    public async Task A_Swedish_municipality_takes_personnummer_and_stores_them_with_the_century()
    {
        await ConfigureAsync(host, "1280", "Malmö", "SE", "sv", "Centrum");
        var caseWorker = host.Client(Roles.CaseWorker, municipality: "1280");
        var number = NationalIdNumbers.Swedish(new DateOnly(1941, 3, 9), 234);

        var valid = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration(number[2..], "1941-03-09", "Centrum"));
        var wrongLuhn = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration(number[..^1] + ((number[^1] - '0' + 1) % 10), "1941-03-09", "Centrum"));
        var norwegian = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration("17053810160", "1938-05-17", "Centrum"));

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Equal(number.Replace("-", "", StringComparison.Ordinal), (await valid.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("nationalId").GetString());
        Assert.Equal("check digit does not match (Luhn) (Swedish personnummer)", (await Support.Recipients.ErrorsAsync(wrongLuhn)).GetProperty("nationalId")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, norwegian.StatusCode);
    }

    [Fact]
    public async Task A_Danish_municipality_takes_CPR_numbers_with_the_modulus_11_control()
    {
        await ConfigureAsync(host, "0101", "København", "DK", "da", "Indre By");
        var caseWorker = host.Client(Roles.CaseWorker, municipality: "0101");

        var valid = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration("070761-4285", "1961-07-07", "Indre By"));
        var invalid = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Registration("070761-4286", "1961-07-07", "Indre By"));

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Equal("control digit does not match (modulus 11) (Danish CPR number)", (await Support.Recipients.ErrorsAsync(invalid)).GetProperty("nationalId")[0].GetString());
    }

    [Fact]
    public async Task A_municipality_not_configured_in_Assessment_cannot_register_recipients()
    {
        var response = await host.Client(Roles.CaseWorker, municipality: "9999")
            .PostAsJsonAsync("/api/assessment/recipients", Support.Recipients.Registration(Support.Recipients.NextNorwegianId()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_of_that_municipality_may_configure_it()
    {
        var otherAdmin = await host.Client(Roles.Admin, municipality: "1848").PutAsJsonAsync("/api/assessment/municipalities/1281", new
        {
            name = "Lund", country = "SE", language = "sv", zones = new[] { new { name = "Centrum", latitude = 55.7, longitude = 13.2 } },
        });
        var caseWorker = await host.Client(Roles.CaseWorker, municipality: "1281").PutAsJsonAsync("/api/assessment/municipalities/1281", new { });

        Assert.Equal(HttpStatusCode.Forbidden, otherAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseWorker.StatusCode);
    }
}
