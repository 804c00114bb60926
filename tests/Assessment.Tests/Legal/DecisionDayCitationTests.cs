using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>A decision cites the law in force on the day it is granted, not on the day its draft was written.</summary>
public sealed class DecisionDayCitationTests(ClockedHost host) : IClassFixture<ClockedHost>
{
    /// <summary>The last day of serviceloven § 83 for personal care (Monday 30 June 2025, 10:00 in Denmark).</summary>
    private static readonly DateTimeOffset DayBefore = new(2025, 6, 30, 8, 0, 0, TimeSpan.Zero);

    private static int _day;

    private async Task<HttpClient> OdenseCaseWorkerAsync()
    {
        var admin = host.Client(Roles.Admin, municipality: "0461");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/assessment/municipalities/0461", new
        {
            name = "Odense", country = "DK", language = "da", zones = new[] { new { name = "Centrum", latitude = 55.4, longitude = 10.4 } },
        })).StatusCode);
        return host.Client(Roles.CaseWorker, municipality: "0461");
    }

    private static async Task<Guid> RegisterAsync(HttpClient caseWorker)
    {
        // One birthday per recipient, so each gets its own CPR number.
        var born = new DateOnly(1941, 3, 1).AddDays(Interlocked.Increment(ref _day));
        var response = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Karen Hansen", birthDate = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), nationalId = NationalIdNumbers.Danish(born),
            address = new { street = "Vestergade 1", postalCode = "5000", city = "Odense", latitude = 55.4, longitude = 10.38 },
            zone = "Centrum", preferredLanguage = "da",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(HttpClient CaseWorker, Guid DraftId, string DraftBasis)> DraftOnTheDayBeforeAsync(string? legalBasis = null)
    {
        host.Clock.SetNow(DayBefore);
        var caseWorker = await OdenseCaseWorkerAsync();
        var recipientId = await RegisterAsync(caseWorker);
        var draft = await DraftAsync(caseWorker, new
        {
            recipientId, validFrom = "2025-07-07", legalBasis,
            lines = new object[] { new { serviceCode = "personal_care", minutesPerVisit = 30, frequency = new { kind = "daily" } } },
        });
        return (caseWorker, draft.GetProperty("id").GetGuid(), draft.GetProperty("legalBasis").GetString()!);
    }

    [Fact]
    public async Task A_draft_written_under_the_old_law_and_granted_under_the_new_cites_the_new_law_in_its_letter_and_event()
    {
        var (caseWorker, draftId, draftBasis) = await DraftOnTheDayBeforeAsync();
        host.Clock.SetNow(DayBefore.AddDays(1));

        var granted = await (await caseWorker.PostAsync($"{Root}/{draftId}/grant", null)).Content.ReadFromJsonAsync<JsonElement>();
        var letter = await caseWorker.GetStringAsync($"{Root}/{draftId}/letter");

        Assert.StartsWith("Lov om social service § 83", draftBasis, StringComparison.Ordinal);
        Assert.StartsWith("Ældreloven § 10", granted.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ældreloven § 10", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("§ 83", letter, StringComparison.Ordinal);
        var published = Assert.Single(await host.Events.WaitForAsync<DecisionGranted>(e => e.Decision.DecisionId == draftId));
        Assert.StartsWith("Ældreloven § 10", published.Decision.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_basis_the_case_worker_wrote_is_kept_whatever_the_day_of_the_grant()
    {
        // A recipient below the state pension age stays under serviceloven after July 2025.
        const string ownBasis = "Lov om social service § 83, stk. 1, nr. 1 (modtager under folkepensionsalderen)";
        var (caseWorker, draftId, _) = await DraftOnTheDayBeforeAsync(ownBasis);
        host.Clock.SetNow(DayBefore.AddDays(1));

        var granted = await (await caseWorker.PostAsync($"{Root}/{draftId}/grant", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(ownBasis, granted.GetProperty("legalBasis").GetString());
    }
}
