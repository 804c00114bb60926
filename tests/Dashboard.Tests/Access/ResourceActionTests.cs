using System.Net;
using CareServices.Dashboard.Tests.Infrastructure;

namespace CareServices.Dashboard.Tests.Access;

public sealed class ResourceActionTests(DashboardOnly dashboard) : IClassFixture<DashboardOnly>
{
    [Fact]
    public async Task Only_projects_have_actions_and_an_unknown_action_or_resource_is_refused()
    {
        using var client = dashboard.Client(bearer: dashboard.App.DashboardToken);

        using var server = await client.PostAsync("/api/resources/postgres/restart", null);
        using var unknownAction = await client.PostAsync("/api/resources/gateway/explode", null);
        using var unknownResource = await client.PostAsync("/api/resources/nothing/restart", null);

        Assert.Equal(HttpStatusCode.Conflict, server.StatusCode);
        Assert.Contains("only projects", await server.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownResource.StatusCode);
    }
}
