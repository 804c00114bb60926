using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace CareServices.AppHost.Servers;

/// <summary>Creates and deletes a RabbitMQ virtual host through the management API, with full rights for the broker user.</summary>
internal sealed class VirtualHostProvisioner : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _user;

    public VirtualHostProvisioner(ServerConnections servers)
    {
        var broker = new Uri(servers.RabbitMQ);
        var credentials = Uri.UnescapeDataString(broker.UserInfo);
        _user = credentials.Split(':', 2)[0];
        _client = new HttpClient { BaseAddress = new Uri(servers.RabbitMQManagement), Timeout = TimeSpan.FromSeconds(15) };
        _client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    public async Task CreateMissingAsync(string virtualHost, CancellationToken cancellationToken)
    {
        var name = Uri.EscapeDataString(virtualHost);
        using var created = await _client.PutAsync(new Uri($"api/vhosts/{name}", UriKind.Relative), null, cancellationToken)
            .ConfigureAwait(false);
        created.EnsureSuccessStatusCode();
        using var permitted = await _client.PutAsJsonAsync(
            new Uri($"api/permissions/{name}/{Uri.EscapeDataString(_user)}", UriKind.Relative),
            new { configure = ".*", write = ".*", read = ".*" },
            cancellationToken).ConfigureAwait(false);
        permitted.EnsureSuccessStatusCode();
    }

    public async Task DeleteAsync(string virtualHost, CancellationToken cancellationToken)
    {
        using var deleted = await _client.DeleteAsync(
            new Uri($"api/vhosts/{Uri.EscapeDataString(virtualHost)}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (deleted.StatusCode != System.Net.HttpStatusCode.NotFound)
        {
            deleted.EnsureSuccessStatusCode();
        }
    }

    public void Dispose() => _client.Dispose();
}
