using System.Globalization;
using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Orchestration;

/// <summary>Turns <c>dotnet run --project AppHost -- [options]</c> and a few environment variables into options.</summary>
public static class AppHostCommandLine
{
    public const string GatewayPortVariable = "CARESERVICES_GATEWAY_PORT";
    public const string ApiPortVariable = "CARESERVICES_APPHOST_API_PORT";
    public const string OtlpEndpointVariable = "CARESERVICES_OTLP_ENDPOINT";

    public const string Usage = """
        Usage: dotnet run -c Release --no-build --project AppHost -- [options]
          --gateway-port N      gateway port on localhost (default 8080, env CARESERVICES_GATEWAY_PORT; 0 = free port)
          --api-port N          resource API port on 127.0.0.1 (default: free port, env CARESERVICES_APPHOST_API_PORT)
          --configuration C     build output to run (default: the AppHost's own, e.g. Release)
          --environment E       ASPNETCORE_ENVIRONMENT for every project (default Development)
          --otlp-endpoint URL   OTEL_EXPORTER_OTLP_ENDPOINT for every project (env CARESERVICES_OTLP_ENDPOINT)
          --data-dir DIR        where scripts/servers.sh keeps the servers (default <repo>/.data/servers)
          --external-servers    use the servers in CARESERVICES_POSTGRES, CARESERVICES_RABBITMQ,
                                CARESERVICES_RABBITMQ_MANAGEMENT, CARESERVICES_REDIS; never start or stop them
          --no-persistence      Redis without its append-only file
          --verbose             echo every project's console output
        """;

    public static AppHostOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new AppHostOptions
        {
            GatewayPort = Port(environment(GatewayPortVariable), GatewayPortVariable) ?? AppHostOptions.DefaultGatewayPort,
            ApiPort = Port(environment(ApiPortVariable), ApiPortVariable) ?? 0,
            OtlpEndpoint = NullIfEmpty(environment(OtlpEndpointVariable)),
        };

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            options = arg switch
            {
                "--gateway-port" => options with { GatewayPort = Port(Value(), arg)!.Value },
                "--api-port" => options with { ApiPort = Port(Value(), arg)!.Value },
                "--configuration" or "-c" => options with { Configuration = Value() },
                "--environment" => options with { EnvironmentName = Value() },
                "--otlp-endpoint" => options with { OtlpEndpoint = Value() },
                "--data-dir" => options with { DataDirectory = Value() },
                "--external-servers" => options with
                {
                    ExternalServers = ServerConnections.From(environment)
                        ?? throw new ArgumentException("--external-servers needs CARESERVICES_POSTGRES, CARESERVICES_RABBITMQ, " +
                            "CARESERVICES_RABBITMQ_MANAGEMENT and CARESERVICES_REDIS (source <data-dir>/servers.env)."),
                },
                "--no-persistence" => options with { PersistentServers = false },
                "--verbose" => options with { EchoResourceOutput = true },
                _ => throw new ArgumentException($"Unknown option '{arg}'."),
            };
        }

        return options;
    }

    private static int? Port(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"{name} must be a port number (0–65535), not '{text}'.");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
