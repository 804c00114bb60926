using System.Net;
using System.Net.Http.Json;
using CareServices.Documentation.Api.Api.Access;
using CareServices.Documentation.Api.Api.Journal;
using CareServices.Documentation.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Tests.Access;

/// <summary>Every read of a record writes exactly one access-log entry; refusals and writes write none.</summary>
public sealed class AccessAuditTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private Task<int> LoggedAsync(Guid recipientId) => host.WithDbAsync(db => db.AccessLog.CountAsync(e => e.RecipientId == recipientId));

    [Fact]
    public async Task Every_read_is_logged_exactly_once_with_who_what_and_why()
    {
        var team = await CareTeam.CreateAsync(host);
        var created = await (await host.Client(team.Token(team.Primary)).PostAsJsonAsync(team.Journal, new JournalNoteRequest("observation", "Walked to the mailbox.", Sign: true)))
            .ReadAsync<JournalNoteResponse>();

        (await host.Client(team.Token(team.Primary)).GetAsync(team.Journal)).EnsureSuccessStatusCode();
        (await host.Client(team.Token(team.Visitor)).GetAsync($"{team.Journal}/{created!.Id}")).EnsureSuccessStatusCode();
        (await host.Client(team.Token(team.ZoneLeader)).GetAsync($"{team.Journal}/search?q=mailbox")).EnsureSuccessStatusCode();

        var log = await host.Client(StaffTokens.Recipient(team.RecipientId)).GetAsync<List<AccessLogEntryResponse>>(team.AccessLog);
        // The test's clock stands still, so the three reads share a time: compare them in a fixed order.
        Assert.Equal(
            [
                (team.Primary, "Kari Primær", Roles.CareWorker, "journal", "primaryContact"),
                (team.Visitor, "Vidar Vikar", Roles.CareWorker, "journal-note", "visit"),
                (team.ZoneLeader, "Liv Leder", Roles.UnitLeader, "journal-search", "zoneUnitLeader"),
            ],
            log!.Select(e => (e.StaffId, e.StaffName, e.Role, e.What, e.Basis)).OrderBy(e => e.What, StringComparer.Ordinal));
        Assert.All(log!, e => Assert.Null(e.EmergencyReason));
    }

    [Fact]
    public async Task A_refused_read_and_a_write_leave_no_access_log_entry()
    {
        var team = await CareTeam.CreateAsync(host);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Stranger)).GetAsync(team.Journal)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client(team.Token(team.Primary)).PostAsJsonAsync(team.Journal, new JournalNoteRequest("other", "Called the pharmacy."))).StatusCode);

        Assert.Equal(0, await LoggedAsync(team.RecipientId));
    }

    [Fact]
    public async Task Staff_reading_the_access_log_are_logged_and_the_recipient_reading_their_own_is_not()
    {
        var team = await CareTeam.CreateAsync(host);

        (await host.Client(team.Token(team.Secondary)).GetAsync(team.AccessLog)).EnsureSuccessStatusCode();
        (await host.Client(StaffTokens.Recipient(team.RecipientId)).GetAsync(team.AccessLog)).EnsureSuccessStatusCode();

        var entries = await host.WithDbAsync(db => db.AccessLog.Where(e => e.RecipientId == team.RecipientId).ToListAsync());
        Assert.Equal([(team.Secondary, "access-log")], entries.Select(e => (e.StaffId, e.What)));
    }
}
