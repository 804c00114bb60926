namespace CareServices.AppHost.Servers;

/// <summary>
/// Starts and stops the private PostgreSQL, RabbitMQ and Redis through <c>scripts/servers.sh</c>, which
/// installs them when missing, picks free loopback ports and writes <c>servers.env</c>.
/// </summary>
internal sealed class ServersScript(string repositoryRoot, string dataDirectory, bool persistent)
{
    private static readonly string[] Servers = ["postgres", "rabbitmq", "redis"];

    private string Script => Path.Combine(repositoryRoot, "scripts", "servers.sh");

    public string DataDirectory => dataDirectory;

    public async Task<ServerConnections> StartAsync(CancellationToken cancellationToken)
    {
        string[] arguments = persistent ? [Script, "start", dataDirectory, "--persistent"] : [Script, "start", dataDirectory];
        var result = await Command.RunAsync("bash", arguments, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/servers.sh start failed (exit {result.ExitCode}):{Environment.NewLine}{result.Error.TrimEnd()}");
        }

        var values = ServersEnvFile.Parse(await File.ReadAllLinesAsync(
            Path.Combine(dataDirectory, "servers.env"), cancellationToken).ConfigureAwait(false));
        return ServerConnections.From(name => values.GetValueOrDefault(name))
            ?? throw new InvalidOperationException($"{dataDirectory}/servers.env lacks a connection string.");
    }

    /// <summary>Stops every server, or only <paramref name="server"/> (<c>postgres</c>, <c>rabbitmq</c>, <c>redis</c>);
    /// <see cref="StartAsync"/> brings a stopped one back on its old port.</summary>
    public async Task StopAsync(CancellationToken cancellationToken, string? server = null)
    {
        string[] arguments = server is null ? [Script, "stop", dataDirectory] : [Script, "stop", dataDirectory, server];
        var result = await Command.RunAsync("bash", arguments, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/servers.sh stop failed: {result.Error.TrimEnd()}");
        }
    }

    /// <summary>The PIDs the script recorded, for operators; a server without one is left out.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var pids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var server in Servers)
        {
            var file = Path.Combine(dataDirectory, server, "instance.env");
            if (!File.Exists(file))
            {
                continue;
            }

            var values = ServersEnvFile.Parse(File.ReadAllLines(file));
            if (values.TryGetValue(server.ToUpperInvariant() + "_PID", out var text) && int.TryParse(text, out var pid))
            {
                pids[server] = pid;
            }
        }

        return pids;
    }
}
