using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Documentation;
using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Api.Deviations;
using CareServices.Documentation.Domain.Deviations;
using CareServices.Documentation.Tests.Support;

namespace CareServices.Documentation.Tests.Deviations;

public sealed class DeviationTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private const string Deviations = "/api/documentation/deviations";

    private static DeviationRequest Fall(Guid recipientId) =>
        new(recipientId, null, "fall", "high", "Found on the bathroom floor, conscious.", "Helped up, called the nurse.");

    [Fact]
    public async Task A_deviation_about_a_recipient_is_reported_by_staff_with_a_care_relation_and_published_without_its_description()
    {
        var team = await CareTeam.CreateAsync(host);

        var created = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Deviations, Fall(team.RecipientId));
        var refused = await host.Client(team.Token(team.Stranger)).PostAsJsonAsync(Deviations, Fall(team.RecipientId));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (created.StatusCode, refused.StatusCode));
        var deviation = await created.ReadAsync<DeviationResponse>();
        var published = Assert.Single(await host.Events.WaitForAsync<DeviationReported>(e => e.DeviationId == deviation.Id));
        Assert.Equal((team.RecipientId, CareTeam.Zone, "fall", "high", (Guid?)team.Visitor),
            (published.RecipientId, published.Zone, published.Type, published.Severity, published.ReportedByStaffId));
    }

    [Fact]
    public async Task An_unknown_deviation_type_is_refused_naming_the_allowed_values()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Deviations, Fall(team.RecipientId) with { Type = "slip" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fall, medicationError, missedVisit, violenceOrThreat, equipment, other", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missed_visit_opens_one_missed_visit_deviation_for_the_zones_UnitLeader()
    {
        var team = await CareTeam.CreateAsync(host);
        VisitMissed Missed() => new()
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "1848", VisitId = team.VisitId, RecipientId = team.RecipientId,
            Date = DateOnly.FromDateTime(team.VisitStart.UtcDateTime), WindowStart = team.VisitStart, StaffIds = [team.Visitor],
        };

        await host.DeliverAsync(Missed(), Missed());

        var zone = await host.Client(team.Token(team.ZoneLeader)).GetAsync<List<DeviationResponse>>(Deviations);
        var opened = Assert.Single(zone, d => d.VisitId == team.VisitId);
        Assert.Equal((DeviationType.MissedVisit, (Guid?)null), (opened.Type, opened.ReportedByStaffId));
        Assert.DoesNotContain(await host.Client(team.Token(team.OtherLeader)).GetAsync<List<DeviationResponse>>(Deviations), d => d.VisitId == team.VisitId);
        Assert.Single(await host.Events.WaitForAsync<DeviationReported>(e => e.VisitId == team.VisitId));
    }

    [Fact]
    public async Task The_UnitLeader_closes_a_deviation_once_every_follow_up_is_done()
    {
        var team = await CareTeam.CreateAsync(host);
        var deviation = await (await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Deviations, Fall(team.RecipientId))).ReadAsync<DeviationResponse>();
        var leader = host.Client(team.Token(team.ZoneLeader));
        var followed = await (await leader.PostAsJsonAsync($"{Deviations}/{deviation.Id}/follow-ups",
            new FollowUpRequest("Order a grab rail for the bathroom", team.Primary, new DateOnly(2027, 1, 15)))).ReadAsync<DeviationResponse>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await leader.PostAsJsonAsync($"{Deviations}/{deviation.Id}/close", new CloseDeviationRequest(null))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync($"{Deviations}/{deviation.Id}/follow-ups/{followed.FollowUps[0].Id}/done", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(team.Token(team.OtherLeader)).PostAsJsonAsync($"{Deviations}/{deviation.Id}/close", new CloseDeviationRequest(null))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"{Deviations}/{deviation.Id}/close", new CloseDeviationRequest("Rail fitted."))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync($"{Deviations}/{deviation.Id}/close", new CloseDeviationRequest(null))).StatusCode);
    }
}
