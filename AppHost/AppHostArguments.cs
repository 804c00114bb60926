namespace CareServices.AppHost;

/// <summary>
/// The AppHost's own command-line options, turned into configuration keys; everything else (Aspire's own
/// <c>--publisher</c>, <c>--output-path</c> …) passes through unchanged.
/// </summary>
public static class AppHostArguments
{
    public const string GatewayPortKey = "CareServices:GatewayPort";

    public const string Usage = """
        Usage: ./run.sh [options]   (or: dotnet run -c Release --project AppHost -- [options])
          --gateway-port N   the gateway's port on localhost (default 8080, env CARESERVICES_GATEWAY_PORT; 0 = a free port)
          --containers       PostgreSQL, RabbitMQ and Redis as containers through the official Aspire integrations
                             (needs a container runtime) instead of the Debian binaries
          --data-dir DIR     where the servers keep their data (default <repo>/.data/servers)
        The Aspire dashboard listens on ASPNETCORE_URLS (run.sh: http://localhost:18888, env CARESERVICES_DASHBOARD_PORT)
        and prints its login link at start.
        """;

    public static bool IsHelp(IReadOnlyList<string> args) => args.Contains("--help") || args.Contains("-h");

    public static string[] Normalize(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var normalized = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            normalized.Add(args[i] switch
            {
                "--containers" => $"--{Hosting.Servers.ContainersKey}=true",
                "--gateway-port" => $"--{GatewayPortKey}={Value()}",
                "--data-dir" => $"--{Hosting.Servers.DataDirectoryKey}={Value()}",
                var other => other,
            });
        }

        return [.. normalized];
    }
}
