using System.Net;
using CareServices.Dashboard.Tests.Infrastructure;

namespace CareServices.Dashboard.Tests.Access;

public sealed class ResourceActionTests(DashboardOnly dashboard) : IClassFixture<DashboardOnly>
{
    [Fact]
    public async Task A_server_the_AppHost_did_not_start_or_a_database_has_no_actions_and_an_unknown_action_or_resource_is_refused()
    {
        using var client = dashboard.Client(bearer: dashboard.App.DashboardToken);

        using var server = await client.PostAsync("/api/resources/postgres/restart", null);
        using var database = await client.PostAsync("/api/resources/assessmentdb/stop", null);
        using var unknownAction = await client.PostAsync("/api/resources/gateway/explode", null);
        using var unknownResource = await client.PostAsync("/api/resources/nothing/restart", null);

        Assert.Equal(HttpStatusCode.Conflict, server.StatusCode);
        Assert.Contains("does not manage it", await server.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, database.StatusCode);
        Assert.Contains("only projects and servers", await database.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownResource.StatusCode);
    }
}
