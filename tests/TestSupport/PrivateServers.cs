using System.Diagnostics;

namespace CareServices.TestSupport;

/// <summary>
/// A set of servers of a test's own, started through <c>scripts/servers.sh</c>, for tests that stop and start a
/// server (which would disturb every other test if it were the shared one).
/// </summary>
public sealed class PrivateServers : IAsyncDisposable
{
    private readonly string _dataDirectory;

    private PrivateServers(string dataDirectory, ServerEndpoints endpoints)
    {
        _dataDirectory = dataDirectory;
        Endpoints = endpoints;
    }

    public ServerEndpoints Endpoints { get; }

    public static async Task<PrivateServers> StartAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careservices-private-" + Guid.NewGuid().ToString("N")[..8]);
        await ScriptAsync("start", directory);
        var values = (await File.ReadAllLinesAsync(System.IO.Path.Combine(directory, "servers.env")))
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim('\''));
        return new PrivateServers(directory, new ServerEndpoints(
            values["CARESERVICES_POSTGRES"],
            new Uri(values["CARESERVICES_RABBITMQ"]),
            new Uri(values["CARESERVICES_RABBITMQ_MANAGEMENT"]),
            values["CARESERVICES_REDIS"]));
    }

    public Task StopRabbitMqAsync() => ScriptAsync("stop", _dataDirectory, "rabbitmq");

    public Task StopPostgresAsync() => ScriptAsync("stop", _dataDirectory, "postgres");

    /// <summary>Starts whatever was stopped again, on the same ports.</summary>
    public Task RestartStoppedAsync() => ScriptAsync("start", _dataDirectory);

    public async ValueTask DisposeAsync()
    {
        await ScriptAsync("stop", _dataDirectory);
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static async Task ScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "servers.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run servers.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"servers.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }
}
