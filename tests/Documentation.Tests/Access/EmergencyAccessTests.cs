using System.Net;
using System.Net.Http.Json;
using CareServices.Documentation.Api.Api.Access;
using CareServices.Documentation.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Documentation.Tests.Access;

/// <summary>Emergency access: allowed with a written reason, for four hours, logged with the reason and flagged for review.</summary>
public sealed class EmergencyAccessTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private const string Reason = "Recipient found on the floor; the on-call nurse needs the medication notes.";

    private string EmergencyPath(CareTeam team) => $"/api/documentation/recipients/{team.RecipientId}/emergency-access";

    [Fact]
    public async Task Emergency_access_lets_staff_without_a_relation_read_for_four_hours_and_no_longer()
    {
        var team = await CareTeam.CreateAsync(host);
        var stranger = host.Client(team.Token(team.Stranger));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(team.Journal)).StatusCode);

        var granted = await stranger.PostAsJsonAsync(EmergencyPath(team), new EmergencyAccessRequest(Reason));
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var access = (await granted.ReadAsync<EmergencyAccessResponse>())!;
        Assert.Equal(TimeSpan.FromHours(4), access.ExpiresAt - access.GrantedAt);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(team.Journal)).StatusCode);

        host.Clock.Set(access.GrantedAt.AddHours(4).AddMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(team.Journal)).StatusCode);
        host.Clock.Set(access.GrantedAt.AddHours(4).AddMinutes(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(team.Journal)).StatusCode);
    }

    [Fact]
    public async Task A_read_under_emergency_access_is_logged_with_its_reason()
    {
        var team = await CareTeam.CreateAsync(host);
        var stranger = host.Client(team.Token(team.Stranger));
        (await stranger.PostAsJsonAsync(EmergencyPath(team), new EmergencyAccessRequest(Reason))).EnsureSuccessStatusCode();

        (await stranger.GetAsync(team.Journal)).EnsureSuccessStatusCode();

        var log = await host.Client(StaffTokens.Recipient(team.RecipientId)).GetAsync<List<AccessLogEntryResponse>>(team.AccessLog);
        var entry = Assert.Single(log!);
        Assert.Equal((team.Stranger, "Ola Fremmed", Roles.CareWorker, "journal", "emergency", Reason),
            (entry.StaffId, entry.StaffName, entry.Role, entry.What, entry.Basis, entry.EmergencyReason));
    }

    [Fact]
    public async Task Emergency_access_without_a_written_reason_is_refused_naming_the_field()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Stranger)).PostAsJsonAsync(EmergencyPath(team), new EmergencyAccessRequest(" "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Stranger)).GetAsync(team.Journal)).StatusCode);
    }

    [Fact]
    public async Task Emergency_access_is_flagged_for_the_zone_UnitLeader_until_reviewed_once()
    {
        var team = await CareTeam.CreateAsync(host);
        var granted = await (await host.Client(team.Token(team.Stranger)).PostAsJsonAsync(EmergencyPath(team), new EmergencyAccessRequest(Reason)))
            .ReadAsync<EmergencyAccessResponse>();
        var leader = host.Client(team.Token(team.ZoneLeader));

        var flagged = await leader.GetAsync<List<EmergencyAccessResponse>>("/api/documentation/emergency-access");
        Assert.Contains(flagged!, a => a.Id == granted!.Id && !a.Reviewed && a.Reason == Reason);
        var otherZone = await host.Client(team.Token(team.OtherLeader)).GetAsync<List<EmergencyAccessResponse>>("/api/documentation/emergency-access");
        Assert.DoesNotContain(otherZone!, a => a.Id == granted!.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await leader.PostAsJsonAsync($"/api/documentation/emergency-access/{granted!.Id}/review", new EmergencyReviewRequest("Justified."))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync($"/api/documentation/emergency-access/{granted.Id}/review", new EmergencyReviewRequest(null))).StatusCode);
        var after = await leader.GetAsync<List<EmergencyAccessResponse>>("/api/documentation/emergency-access");
        Assert.DoesNotContain(after!, a => a.Id == granted.Id);
    }

    [Fact]
    public async Task Only_a_UnitLeader_reviews_emergency_access()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Primary)).GetAsync("/api/documentation/emergency-access");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
