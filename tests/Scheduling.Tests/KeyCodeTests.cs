using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Scheduling.Tests;

/// <summary>
/// Key codes for the day: Scheduling fetches them from Assessment with its own client credential (from the identity
/// provider) for the staff member a visit is published to, on the visit's day, and nobody else; Assessment's key
/// endpoint takes no person's token; the code is never logged.
/// </summary>
public sealed class KeyCodeTests(KeyCodeSystem system) : IClassFixture<KeyCodeSystem>
{
    private string KeyPath(Guid staffId, DateOnly date) => $"/api/scheduling/worklists/{staffId}/{date:yyyy-MM-dd}/visits/{system.VisitId}/key";

    private string AssessmentKeyPath(Guid staffId) =>
        $"/internal/assessment/recipients/{system.RecipientId}/key-arrangement?municipality=1848&staffId={staffId}";

    [Fact]
    public async Task The_assigned_care_worker_sees_the_key_code_on_todays_work_list_and_for_the_visit_each_read_journaled_for_them()
    {
        var journaledBefore = await system.JournalEntriesAsync(system.Assigned);
        var worker = system.CareWorker(system.Assigned);

        var list = await worker.GetAsync($"/api/scheduling/worklists/{system.Assigned}/{system.Today:yyyy-MM-dd}");
        var key = await worker.GetAsync(KeyPath(system.Assigned, system.Today));
        var print = await worker.GetStringAsync($"/api/scheduling/worklists/{system.Assigned}/{system.Today:yyyy-MM-dd}/print");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("no-store", list.Headers.CacheControl?.ToString());
        var visit = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visits").EnumerateArray());
        Assert.Equal(system.Code, visit.GetProperty("key").GetProperty("code").GetString());
        Assert.Equal("keyBox", visit.GetProperty("key").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, key.StatusCode);
        Assert.Equal("no-store", key.Headers.CacheControl?.ToString());
        var body = await key.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((system.Code, "left of the door"), (body.GetProperty("code").GetString(), body.GetProperty("location").GetString()));
        Assert.Contains(system.Code, print, StringComparison.Ordinal);
        Assert.Equal(journaledBefore + 3, await system.JournalEntriesAsync(system.Assigned));
    }

    [Fact]
    public async Task Another_care_worker_a_planner_and_another_day_get_no_key_code()
    {
        var other = system.CareWorker(system.Other);
        var assigned = system.CareWorker(system.Assigned);
        var planner = system.Scheduling.Client(Roles.Planner);

        var othersOwnPath = await other.GetAsync(KeyPath(system.Other, system.Today));
        var assignedsPath = await other.GetAsync(KeyPath(system.Assigned, system.Today));
        var plannerPath = await planner.GetAsync(KeyPath(system.Assigned, system.Today));
        var tomorrow = await assigned.GetAsync(KeyPath(system.Assigned, system.Today.AddDays(1)));
        var plannersView = await planner.GetFromJsonAsync<JsonElement>($"/api/scheduling/worklists/{system.Assigned}/{system.Today:yyyy-MM-dd}");
        var othersList = await other.GetFromJsonAsync<JsonElement>($"/api/scheduling/worklists/{system.Other}/{system.Today:yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.Forbidden, othersOwnPath.StatusCode);
        Assert.Contains("visitId", await othersOwnPath.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, assignedsPath.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, plannerPath.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tomorrow.StatusCode);
        Assert.Contains("date", await tomorrow.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var planned = Assert.Single(plannersView.GetProperty("visits").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, planned.GetProperty("key").ValueKind);
        Assert.Empty(othersList.GetProperty("visits").EnumerateArray());
        Assert.DoesNotContain(system.Code, plannersView.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await system.JournalEntriesAsync(system.Other));
    }

    [Fact]
    public async Task Assessments_key_endpoint_refuses_care_staff_tokens_with_403_and_answers_Schedulings_client_credential_with_200()
    {
        var careWorker = await system.AssessmentClient(system.Identity.PersonToken(Roles.CareWorker, "1848", system.Assigned)).GetAsync(AssessmentKeyPath(system.Assigned));
        var nurse = await system.AssessmentClient(system.Identity.PersonToken(Roles.Nurse, "1848", system.Assigned)).GetAsync(AssessmentKeyPath(system.Assigned));
        var planner = await system.AssessmentClient(system.Identity.PersonToken(Roles.Planner, "1848", null)).GetAsync(AssessmentKeyPath(system.Assigned));
        var scheduling = await system.AssessmentClient(system.Identity.ClientToken("scheduling", IdentityServer.SchedulingSecret)).GetAsync(AssessmentKeyPath(system.Assigned));

        Assert.Equal(HttpStatusCode.Forbidden, careWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nurse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, planner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scheduling.StatusCode);
        Assert.Equal(system.Code, (await scheduling.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_key_code_never_appears_in_the_logs_of_Scheduling_or_Assessment()
    {
        var worker = system.CareWorker(system.Assigned);
        var key = await worker.GetStringAsync(KeyPath(system.Assigned, system.Today));
        await worker.GetStringAsync($"/api/scheduling/worklists/{system.Assigned}/{system.Today:yyyy-MM-dd}");
        await system.CareWorker(system.Other).GetAsync(KeyPath(system.Other, system.Today));

        var logs = system.Logs.Entries;
        Assert.Contains(system.Code, key, StringComparison.Ordinal);
        // The scan sees both services' request logs, down to Assessment serving the key endpoint to Scheduling.
        Assert.Contains(logs, entry => entry.Contains("CareServices.Scheduling", StringComparison.Ordinal));
        Assert.Contains(logs, entry => entry.Contains("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) && entry.Contains("/internal/assessment/recipients/", StringComparison.Ordinal));
        Assert.Contains(logs, entry => entry.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal) && entry.Contains("key-arrangement", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, entry => entry.Contains(system.Code, StringComparison.OrdinalIgnoreCase));
    }
}
