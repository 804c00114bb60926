using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using NationalIds = CareServices.TestSupport.NationalIds;

namespace CareServices.EndToEnd.Tests.Scenarios.Support;

/// <summary>
/// The steps a municipality takes before a visit exists, through the gateway as the people who take them: a case
/// worker registers a recipient and grants a decision, a planner registers staff, rosters them and plans a day.
/// </summary>
public static class CareSteps
{
    /// <summary>Events cross the broker and an outbox poll in each service; on a loaded machine that takes seconds.</summary>
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan PlanTimeout = TimeSpan.FromSeconds(120);

    public sealed record Home(string Street, string PostalCode, string City, double Latitude, double Longitude);

    public sealed record Recipient(Guid Id, string Name, string Zone);

    public sealed record Decision(Guid Id, string Number, string Status, DateOnly ValidFrom, decimal HoursPerWeek, IReadOnlyList<DecisionLine> Lines);

    public sealed record DecisionLine(Guid Id, string ServiceCode, int MinutesPerVisit);

    public sealed record Staff(Guid Id, string Name, string Zone);

    public sealed record Visit(
        Guid Id, DateOnly Date, TimeOnly WindowStart, TimeOnly WindowEnd, int Minutes, string Status,
        DateTimeOffset? PlannedStart, IReadOnlyList<Guid> StaffIds, bool Published, IReadOnlyList<string> Tasks);

    public sealed record Plan(Guid Id, string Zone, DateOnly Date, string Status, string? Error, PlanFigures? Figures);

    public sealed record PlanFigures(int Visits, int Unassigned);

    private sealed record PlanQueued(IReadOnlyList<Guid> PlanIds);

    private sealed record Published(Guid PlanId, int ChangedVisits);

    public static async Task<Recipient> RegisterRecipientAsync(HttpClient caseWorker, string name, DateOnly birthDate, string zone, Home home, string language = "nb")
    {
        using var response = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name,
            birthDate = Oslo.Iso(birthDate),
            nationalId = NationalIds.For(birthDate),
            address = new { street = home.Street, postalCode = home.PostalCode, city = home.City, latitude = home.Latitude, longitude = home.Longitude },
            zone,
            preferredLanguage = language,
        });
        return await Expect.JsonAsync<Recipient>(response, HttpStatusCode.Created, "POST /api/assessment/recipients");
    }

    /// <summary>A granted decision with one line: <paramref name="minutes"/> of the service every day in the window.</summary>
    public static async Task<Decision> GrantDailyDecisionAsync(
        HttpClient caseWorker, Guid recipientId, DateOnly validFrom, string serviceCode, int minutes, TimeOnly windowStart, TimeOnly windowEnd)
    {
        using var drafted = await caseWorker.PostAsJsonAsync("/api/assessment/decisions", new
        {
            recipientId,
            validFrom = Oslo.Iso(validFrom),
            lines = new[]
            {
                new
                {
                    serviceCode,
                    minutesPerVisit = minutes,
                    frequency = new { kind = "daily" },
                    timeWindows = new[] { new { start = Clock(windowStart), end = Clock(windowEnd) } },
                },
            },
        });
        var draft = await Expect.JsonAsync<Decision>(drafted, HttpStatusCode.Created, "POST /api/assessment/decisions");
        using var granted = await caseWorker.PostAsync($"/api/assessment/decisions/{draft.Id}/grant", content: null);
        return await Expect.JsonAsync<Decision>(granted, HttpStatusCode.OK, $"POST /api/assessment/decisions/{draft.Id}/grant");
    }

    public static async Task<Staff> RegisterStaffAsync(HttpClient planner, string name, string zone, string competence, double latitude, double longitude)
    {
        using var response = await planner.PostAsJsonAsync("/api/scheduling/staff", new
        {
            name,
            competences = new[] { competence },
            zone,
            employmentPercentage = 100,
            languages = new[] { "nb" },
            transportMode = "car",
            baseLatitude = latitude,
            baseLongitude = longitude,
        });
        return await Expect.JsonAsync<Staff>(response, HttpStatusCode.Created, "POST /api/scheduling/staff");
    }

    public static async Task RosterAsync(HttpClient planner, Guid staffId, DateOnly date, string template)
    {
        using var response = await planner.PostAsJsonAsync($"/api/scheduling/staff/{staffId}/shifts", new
        {
            shifts = new[] { new { date = Oslo.Iso(date), template } },
        });
        await Expect.StatusAsync(response, HttpStatusCode.OK, $"POST /api/scheduling/staff/{staffId}/shifts");
    }

    /// <summary>Waits until Scheduling knows the recipient (their zone and home are what a plan needs).</summary>
    public static Task<Recipient> KnownToSchedulingAsync(HttpClient planner, Guid recipientId) =>
        Eventually.ReturnsAsync(async () =>
        {
            using var response = await planner.GetAsync($"/api/scheduling/recipients/{recipientId}");
            return await Expect.WhenArrivedAsync<Recipient>(response, HttpStatusCode.OK, HttpStatusCode.NotFound, $"GET /api/scheduling/recipients/{recipientId}");
        }, EventTimeout, "RecipientRegistered reaching Scheduling");

    /// <summary>Waits until Scheduling's visits of the recipient between the dates satisfy <paramref name="until"/>.</summary>
    public static Task<IReadOnlyList<Visit>> VisitsAsync(HttpClient planner, Guid recipientId, DateOnly from, DateOnly to, Func<IReadOnlyList<Visit>, bool> until, string what) =>
        Eventually.ReturnsAsync(async () =>
        {
            var visits = await VisitsNowAsync(planner, recipientId, from, to);
            return until(visits) ? visits : null;
        }, EventTimeout, what);

    public static async Task<IReadOnlyList<Visit>> VisitsNowAsync(HttpClient planner, Guid recipientId, DateOnly from, DateOnly to)
    {
        var path = $"/api/scheduling/recipients/{recipientId}/visits?from={Oslo.Iso(from)}&to={Oslo.Iso(to)}";
        using var response = await planner.GetAsync(path);
        // 404 only until RecipientRegistered has reached Scheduling: no visits yet.
        return response.StatusCode == HttpStatusCode.NotFound ? [] : await Expect.JsonAsync<List<Visit>>(response, HttpStatusCode.OK, $"GET {path}");
    }

    /// <summary>
    /// Plans the zone's day (a background job: polled until it is done), checks that nothing was left unassigned,
    /// and publishes it.
    /// </summary>
    public static async Task<Plan> PlanAndPublishAsync(HttpClient planner, string zone, DateOnly date)
    {
        using var started = await planner.PostAsJsonAsync("/api/scheduling/plans", new { zone, date = Oslo.Iso(date), timeLimitSeconds = 2 });
        var queued = await Expect.JsonAsync<PlanQueued>(started, HttpStatusCode.Accepted, "POST /api/scheduling/plans");
        var planId = Assert.Single(queued.PlanIds);

        var plan = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await planner.GetAsync($"/api/scheduling/plans/{planId}");
            var run = await Expect.JsonAsync<Plan>(response, HttpStatusCode.OK, $"GET /api/scheduling/plans/{planId}");
            return run.Status is "done" or "failed" ? run : null;
        }, PlanTimeout, $"the planning run for {zone} on {Oslo.Iso(date)} finishing");
        Assert.True(plan.Status == "done", $"The planning run failed: {plan.Error}");
        Assert.NotNull(plan.Figures);
        Assert.Equal(0, plan.Figures.Unassigned);

        using var publishing = await planner.PostAsync($"/api/scheduling/plans/{planId}/publish", content: null);
        var published = await Expect.JsonAsync<Published>(publishing, HttpStatusCode.OK, $"POST /api/scheduling/plans/{planId}/publish");
        Assert.True(published.ChangedVisits >= 1, "Publishing the plan announced no visit.");
        return plan;
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
