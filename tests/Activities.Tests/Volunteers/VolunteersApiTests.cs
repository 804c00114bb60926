using System.Net;
using System.Text.Json;
using CareServices.Activities.Api.Api.Volunteers;
using CareServices.Activities.Tests.Support;
using CareServices.Contracts.Activities;

namespace CareServices.Activities.Tests.Volunteers;

public sealed class VolunteersApiTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private const string Root = "/api/activities/volunteers";

    private static VolunteerRequest Visitor(DateOnly? certificate, bool consent = true, params string[] roles) => new(
        "Randi Besøksvenn", "+47 900 00 002", roles.Length > 0 ? roles : ["visitFriend"], ["fishing", "singing"], ["nb"], ["Leiranger"],
        [new WeeklySlotDto("tuesday", new TimeOnly(10, 0), new TimeOnly(14, 0))], 67.8, 15.1, certificate, consent, "active");

    private async Task<VolunteerResponse> RegisterAsync(VolunteerRequest request) =>
        await (await host.Coordinator().PostJsonAsync(Root, request)).ReadAsync<VolunteerResponse>();

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Matching_a_visit_friend_whose_police_certificate_is_older_than_3_years_is_409_with_the_reason()
    {
        var volunteer = await RegisterAsync(Visitor(Today.AddYears(-3).AddDays(-10)));

        var response = await host.Coordinator().PostJsonAsync($"{Root}/{volunteer.Id}/matches", new MatchRequest(await host.RecipientAsync(), "visitFriend"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("policeCertificateIssuedOn", problem.RootElement.GetProperty("field").GetString());
        Assert.Contains("older than 3 years", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(volunteer.PoliceCertificateValid);
    }

    [Fact]
    public async Task Matching_a_visit_friend_with_a_valid_certificate_publishes_VolunteerMatched_once()
    {
        var volunteer = await RegisterAsync(Visitor(Today.AddYears(-1)));
        var recipient = await host.RecipientAsync();

        var match = await (await host.Coordinator().PostJsonAsync($"{Root}/{volunteer.Id}/matches", new MatchRequest(recipient, "visitFriend"))).ReadAsync<MatchResponse>();

        var published = Assert.Single(await host.Events.WaitForAsync<VolunteerMatched>(e => e.MatchId == match.Id));
        Assert.Equal((volunteer.Id, recipient, "visitFriend", "Randi Besøksvenn"), (published.VolunteerId, published.RecipientId, published.Role, published.VolunteerName));
    }

    [Fact]
    public async Task A_driver_needs_no_police_certificate()
    {
        var volunteer = await RegisterAsync(Visitor(null, true, "driver"));

        var response = await host.Coordinator().PostJsonAsync($"{Root}/{volunteer.Id}/matches", new MatchRequest(await host.RecipientAsync(), "driver"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_who_has_not_consented_to_be_contacted_is_not_matched_409()
    {
        var volunteer = await RegisterAsync(Visitor(Today.AddYears(-1), consent: false));

        var response = await host.Coordinator().PostJsonAsync($"{Root}/{volunteer.Id}/matches", new MatchRequest(await host.RecipientAsync(), "visitFriend"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["consentToContact"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_interest_outside_the_catalogue_is_422_naming_it()
    {
        var response = await host.Coordinator().PostJsonAsync(Root, Visitor(null) with { Interests = ["fishing", "skydiving"] });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["interests[1]"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_care_worker_reads_volunteers_but_does_not_register_them_403()
    {
        var read = await host.Client(ServiceDefaults.Auth.Roles.CareWorker).GetAsync(Root);
        var write = await host.Client(ServiceDefaults.Auth.Roles.CareWorker).PostJsonAsync(Root, Visitor(null));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (read.StatusCode, write.StatusCode));
    }
}
