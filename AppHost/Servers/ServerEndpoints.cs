using Npgsql;

namespace CareServices.AppHost.Servers;

/// <summary>Addresses of the servers as operators see them: host and port, never a password.</summary>
internal static class ServerEndpoints
{
    public static Uri Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new Uri($"tcp://{builder.Host}:{builder.Port}");
    }

    public static Uri WithoutCredentials(string uri) => new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;

    public static Uri Redis(string hostAndPort) => new($"tcp://{hostAndPort.Split(',')[0]}");
}
