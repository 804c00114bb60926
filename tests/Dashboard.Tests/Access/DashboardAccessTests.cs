using System.Net;
using CareServices.Dashboard.Tests.Infrastructure;

namespace CareServices.Dashboard.Tests.Access;

public sealed class DashboardAccessTests(DashboardOnly dashboard) : IClassFixture<DashboardOnly>
{
    [Theory]
    [InlineData("/api/resources")]
    [InlineData("/api/resources/gateway/logs")]
    [InlineData("/api/telemetry/traces")]
    [InlineData("/api/telemetry/logs")]
    [InlineData("/api/messaging/queues")]
    public async Task The_data_api_answers_401_without_the_token(string path)
    {
        using var anonymous = dashboard.Client();
        using var wrong = dashboard.Client(bearer: "not-the-token");

        using var withoutToken = await anonymous.GetAsync(path);
        using var withWrongToken = await wrong.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrongToken.StatusCode);
        Assert.Empty(await withoutToken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Actions_answer_401_without_the_token_and_change_nothing()
    {
        using var anonymous = dashboard.Client();

        using var response = await anonymous.PostAsync("/api/resources/assessment/stop", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AppHost.Orchestration.ResourceState.Waiting, dashboard.App.GetResource("assessment").State);
    }

    [Fact]
    public async Task The_data_api_answers_with_the_token_as_bearer()
    {
        using var client = dashboard.Client(bearer: dashboard.App.DashboardToken);

        using var response = await client.GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"gateway\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/traces")]
    [InlineData("/messaging")]
    public async Task Pages_redirect_to_the_login_without_the_cookie(string path)
    {
        using var anonymous = dashboard.Client();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.EndsWith($"ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_link_logs_in_and_the_cookie_opens_the_pages()
    {
        using var anonymous = dashboard.Client();

        using var login = await anonymous.GetAsync($"/login?t={dashboard.App.DashboardToken}");
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".CareServices.Dashboard=", StringComparison.Ordinal));
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var resources = await anonymous.SendAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, resources.StatusCode);
        Assert.Contains("Resources", await resources.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_sets_no_cookie_and_shows_the_login_again()
    {
        using var anonymous = dashboard.Client();
        using var form = new FormUrlEncodedContent([new("token", "wrong"), new("returnUrl", "/traces")]);

        using var response = await anonymous.PostAsync("/login", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?error=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_login_never_redirects_off_the_dashboard()
    {
        using var anonymous = dashboard.Client();
        using var form = new FormUrlEncodedContent([new("token", dashboard.App.DashboardToken), new("returnUrl", "//evil.example/")]);

        using var response = await anonymous.PostAsync("/login", form);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_dashboard_listens_on_127_0_0_1_only_not_on_every_address()
    {
        using var client = dashboard.Client();
        using var login = await client.GetAsync("/login");
        using var other = new System.Net.Sockets.TcpClient();

        // 127.0.0.2 reaches a socket bound to 0.0.0.0 but not one bound to 127.0.0.1.
        var refused = await Assert.ThrowsAsync<System.Net.Sockets.SocketException>(() =>
            other.ConnectAsync(IPAddress.Parse("127.0.0.2"), dashboard.Url.Port));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(System.Net.Sockets.SocketError.ConnectionRefused, refused.SocketErrorCode);
    }
}
