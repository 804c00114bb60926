using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace CareServices.TestSupport;

/// <summary>
/// A test class's own databases and RabbitMQ virtual host on the shared servers, so classes run in parallel
/// without seeing each other's rows or messages. Dropped again on dispose.
/// </summary>
public sealed class IsolatedServers : IAsyncDisposable
{
    private readonly List<string> _databases = [];

    private IsolatedServers(ServerEndpoints servers, string runId)
    {
        Servers = servers;
        RunId = runId;
        VirtualHost = $"test-{runId}";
    }

    public ServerEndpoints Servers { get; }

    /// <summary>Short, unique, lowercase: safe in database and vhost names.</summary>
    public string RunId { get; }

    public string VirtualHost { get; }

    public string RabbitMq => new UriBuilder(Servers.RabbitMq) { Path = "/" + Uri.EscapeDataString(VirtualHost) }.Uri.ToString();

    public string Redis => Servers.Redis;

    public static async Task<IsolatedServers> CreateAsync() => await CreateAsync(await TestServers.GetAsync());

    public static async Task<IsolatedServers> CreateAsync(ServerEndpoints servers)
    {
        var isolated = new IsolatedServers(servers, Guid.NewGuid().ToString("N")[..12]);
        await isolated.ManagementAsync(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(isolated.VirtualHost)}", null);
        await isolated.ManagementAsync(HttpMethod.Put, $"api/permissions/{Uri.EscapeDataString(isolated.VirtualHost)}/{Uri.EscapeDataString(isolated.BrokerUser)}",
            new { configure = ".*", write = ".*", read = ".*" });
        return isolated;
    }

    /// <summary>A connection string for this class's copy of <paramref name="database"/> (created by the service's migrations).</summary>
    public string Database(string database)
    {
        var name = $"{database}_{RunId}";
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(Servers.Postgres) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var maintenance = new NpgsqlConnectionStringBuilder(Servers.Postgres) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var name in _databases.Distinct())
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        (await ManagementAsync(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(VirtualHost)}", null, allowNotFound: true)).Dispose();
    }

    private string BrokerUser => Uri.UnescapeDataString(Servers.RabbitMq.UserInfo.Split(':')[0]);

    private string BrokerPassword => Uri.UnescapeDataString(Servers.RabbitMq.UserInfo.Split(':', 2)[1]);

    private async Task<HttpResponseMessage> ManagementAsync(HttpMethod method, string path, object? body, bool allowNotFound = false)
    {
        using var client = new HttpClient { BaseAddress = Servers.RabbitMqManagement };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BrokerUser}:{BrokerPassword}")));
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode && !(allowNotFound && response.StatusCode == System.Net.HttpStatusCode.NotFound))
        {
            throw new InvalidOperationException($"RabbitMQ management {method} {path} answered {(int)response.StatusCode}.");
        }
        return response;
    }
}
