using System.Net;
using System.Net.Sockets;
using System.Text;
using CareServices.AppHost.Orchestration;

namespace CareServices.Dashboard.Tests.Access;

/// <summary>
/// An AppHost that starts its own servers (a data folder of this test's) lets the operator stop, start and restart
/// one; it comes back on the same port. Only Redis is declared, so nothing else depends on it meanwhile.
/// </summary>
public sealed class ServerActionTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "careservices-serveractions-" + Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(new AppHostOptions
        {
            DashboardPort = 0,
            OtlpGrpcPort = 0,
            GatewayPort = 0,
            DataDirectory = _dataDirectory,
            Output = TextWriter.Null,
        });
        builder.AddRedis("redis");
        _app = builder.Build();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_operator_stops_starts_and_restarts_a_server_and_it_answers_on_the_same_port_again()
    {
        using var client = new HttpClient { BaseAddress = _app.ApiUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _app.DashboardToken);
        var address = _app.Servers!.Redis;
        var firstPid = _app.GetResource("redis").Snapshot().ProcessId;
        Assert.True(await PongsAsync(address));

        using var stop = await client.PostAsync("/api/resources/redis/stop", null);
        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        Assert.Equal(ResourceState.Stopped, _app.GetResource("redis").Snapshot().State);
        Assert.False(await PongsAsync(address));

        using var start = await client.PostAsync("/api/resources/redis/start", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var started = _app.GetResource("redis").Snapshot();
        Assert.Equal(ResourceState.Running, started.State);
        Assert.NotNull(started.ProcessId);
        Assert.NotEqual(firstPid, started.ProcessId);
        Assert.True(await PongsAsync(address));

        using var restart = await client.PostAsync("/api/resources/redis/restart", null);
        Assert.Equal(HttpStatusCode.Accepted, restart.StatusCode);
        var restarted = _app.GetResource("redis").Snapshot();
        Assert.Equal(ResourceState.Running, restarted.State);
        Assert.Equal(1, restarted.RestartCount);
        Assert.NotEqual(started.ProcessId, restarted.ProcessId);
        Assert.True(await PongsAsync(address));
    }

    /// <summary>Redis's own PING over a plain socket; false when nothing listens.</summary>
    private static async Task<bool> PongsAsync(string hostAndPort)
    {
        var (host, port) = (hostAndPort[..hostAndPort.LastIndexOf(':')], int.Parse(hostAndPort[(hostAndPort.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(host, port);
            var stream = socket.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
