using System.Net;
using System.Net.Http.Json;
using CareServices.Notifications.Api.Api;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Tests;

/// <summary>Several first PUTs of one person at once: each is answered, one row is left, and it holds one of the writes.</summary>
public sealed class ConcurrentFirstWriteTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private NotificationsHost Host => fixture.Host;

    [Fact]
    public async Task Concurrent_first_writes_of_a_staff_members_contact_data_all_succeed_and_leave_one_row()
    {
        var staffId = Guid.NewGuid();
        var admin = Host.Client(Roles.Admin);

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => admin.PutAsJsonAsync($"/api/notifications/staff/{staffId}",
            new StaffContactRequest("Siv Saksbehandler", $"siv{i}@steigen.kommune.no", null, "nb", [Roles.CaseWorker], "Nord-Steigen"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = Host.Db();
        var stored = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).ToListAsync();
        Assert.Matches("^siv[1-8]@steigen\\.kommune\\.no$", Assert.Single(stored).Email);
    }

    [Fact]
    public async Task Concurrent_first_writes_of_a_persons_preferences_all_succeed_and_leave_one_row()
    {
        var personId = Guid.NewGuid();
        var admin = Host.Client(Roles.Admin);
        string[] languages = ["nb", "nn", "sv", "da"];

        var responses = await Task.WhenAll(languages.Select(language => admin.PutAsJsonAsync($"/api/notifications/preferences/{personId}",
            new PreferenceRequest(["email"], language, null, false))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = Host.Db();
        var stored = await db.Preferences.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync();
        Assert.Contains(Assert.Single(stored).Language, languages);
    }
}
