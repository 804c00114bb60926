using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareServices.AppHost.Operations;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;
using CareServices.Seed.Identity;

namespace CareServices.EndToEnd.Tests.Security;

/// <summary>
/// A demo user as a local run has them: the seed links a care worker to their staff record in the identity provider's
/// demo-user file, the provider picks it up while running, and the care worker signs in through the gateway with the
/// installation's password and reads their own work list, and no one else's.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DemoUserSignInTests(AppHostFixture fixture)
{
    [Fact]
    public async Task A_demo_care_worker_signs_in_with_the_installations_password_and_reads_their_own_work_list_only()
    {
        using var planner = await fixture.ClientForAsync("Planner");
        var own = await CareSteps.RegisterStaffAsync(planner, "Dina Demo", "Nordfold", "healthWorker", 67.76, 15.19);
        var colleague = await CareSteps.RegisterStaffAsync(planner, "Kim Kollega", "Nordfold", "healthWorker", 67.76, 15.19);
        var folder = DemoUsers.Folder(fixture.DataDirectory);
        DemoUserFile.Write(Path.Combine(folder, DemoUsers.UsersFileName), new Dictionary<string, DemoUserEntry>
        {
            ["dina"] = new("Dina Demo", "CareWorker", "1848", StaffId: own.Id),
        });
        var password = (await File.ReadAllTextAsync(Path.Combine(folder, DemoUsers.PasswordFileName))).Trim();

        using var careWorker = new HttpClient { BaseAddress = fixture.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        var token = await Eventually.ReturnsAsync(async () =>
        {
            using var signIn = await careWorker.PostAsJsonAsync("/dev/sign-in", new { userName = "dina", password });
            // 401 until the provider has read the new file.
            return signIn.StatusCode == HttpStatusCode.Unauthorized ? null : await Expect.JsonAsync<SignedIn>(signIn, HttpStatusCode.OK, "POST /dev/sign-in");
        }, TimeSpan.FromSeconds(30), "the identity provider reading the demo-user file");
        careWorker.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);

        using var ownList = await careWorker.GetAsync($"/api/scheduling/worklists/{own.Id}/{Oslo.Today:yyyy-MM-dd}");
        using var othersList = await careWorker.GetAsync($"/api/scheduling/worklists/{colleague.Id}/{Oslo.Today:yyyy-MM-dd}");

        Assert.Equal(own.Id, (await Expect.JsonAsync<WorkList>(ownList, HttpStatusCode.OK, "GET the care worker's own work list")).StaffId);
        await Expect.StatusAsync(othersList, HttpStatusCode.Forbidden, "GET a colleague's work list");
    }

    private sealed record SignedIn(string Token);

    private sealed record WorkList(Guid StaffId, string StaffName);
}
