using System.Net;
using CareServices.Documentation.Tests.Support;

namespace CareServices.Documentation.Tests.Access;

/// <summary>A visit gives a care relation from one day before it until seven days after it, by the service's clock.</summary>
public sealed class VisitWindowTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    [Fact]
    public async Task The_visit_relation_ends_when_seven_days_have_passed_since_the_visit()
    {
        var team = await CareTeam.CreateAsync(host);
        var visitor = host.Client(team.Token(team.Visitor));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(team.Journal)).StatusCode);

        host.Clock.Set(team.VisitStart.AddDays(7).AddMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(team.Journal)).StatusCode);

        host.Clock.Set(team.VisitStart.AddDays(7).AddMinutes(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(team.Journal)).StatusCode);
    }

    [Fact]
    public async Task The_visit_relation_begins_one_day_before_the_visit()
    {
        var now = host.Clock.GetUtcNow();
        var team = await CareTeam.CreateAsync(host, visitStart: now.AddDays(3));
        var visitor = host.Client(team.Token(team.Visitor));
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(team.Journal)).StatusCode);

        host.Clock.Set(team.VisitStart.AddDays(-1).AddMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(team.Journal)).StatusCode);
    }
}
