using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Assessment.Tests.Support;

/// <summary>Decision requests for the tests: a realistic five-line decision and the calls that move it along.</summary>
public static class DecisionRequests
{
    public const string Root = "/api/assessment/decisions";

    /// <summary>Personal care mornings, medication three times a day, shower on Thursdays, cleaning every other week, a safety check at an agreed time.</summary>
    public static object FiveLines(Guid recipientId, string validFrom = "2027-01-01", string? validTo = null) => new
    {
        recipientId,
        validFrom,
        validTo,
        contactPerson = new { name = "Anne Hansen", phone = "+47 75 77 80 00" },
        lines = new object[]
        {
            new { serviceCode = "personal_care", minutesPerVisit = 30, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "07:00", end = "10:00" } }, instructions = "Help with compression stockings" },
            new { serviceCode = "medication", minutesPerVisit = 10, frequency = new { kind = "timesPerDay", timesPerDay = 3 },
                timeWindows = new[] { new { start = "07:00", end = "09:00" }, new { start = "12:00", end = "14:00" }, new { start = "19:00", end = "21:00" } } },
            new { serviceCode = "shower", minutesPerVisit = 45, frequency = new { kind = "weekdays", weekdays = new[] { "thursday" } }, doubleStaffing = true },
            new { serviceCode = "cleaning", minutesPerVisit = 60, frequency = new { kind = "everyNWeeks", intervalWeeks = 2, weekdays = new[] { "tuesday" } } },
            new { serviceCode = "supervisory_visit", minutesPerVisit = 15, frequency = new { kind = "weekdays", weekdays = new[] { "saturday", "sunday" } }, exactTime = "16:00" },
        },
    };

    public static object OneLine(Guid recipientId, string serviceCode = "personal_care", int minutes = 30, string validFrom = "2027-01-01", string? validTo = null) => new
    {
        recipientId,
        validFrom,
        validTo,
        lines = new object[] { new { serviceCode, minutesPerVisit = minutes, frequency = new { kind = "daily" } } },
    };

    public static async Task<JsonElement> DraftAsync(HttpClient caseWorker, object request)
    {
        var response = await caseWorker.PostAsJsonAsync(Root, request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GrantedAsync(HttpClient caseWorker, object request)
    {
        var id = (await DraftAsync(caseWorker, request)).GetProperty("id").GetGuid();
        var granted = await caseWorker.PostAsync($"{Root}/{id}/grant", null);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        return await granted.Content.ReadFromJsonAsync<JsonElement>();
    }
}
