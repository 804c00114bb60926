using System.Globalization;
using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Orchestration;

/// <summary>Turns <c>dotnet run --project AppHost -- [options]</c> and a few environment variables into options.</summary>
public static class AppHostCommandLine
{
    public const string GatewayPortVariable = "CARESERVICES_GATEWAY_PORT";
    public const string DashboardPortVariable = "CARESERVICES_DASHBOARD_PORT";
    public const string OtlpGrpcPortVariable = "CARESERVICES_OTLP_GRPC_PORT";
    public const string OtlpEndpointVariable = "CARESERVICES_OTLP_ENDPOINT";

    public const string Usage = """
        Usage: dotnet run -c Release --no-build --project AppHost -- [options]
          --gateway-port N      gateway port on localhost (default 8080, env CARESERVICES_GATEWAY_PORT; 0 = free port)
          --dashboard-port N    operator dashboard, resource API and OTLP/HTTP on loopback (default 18888,
                                env CARESERVICES_DASHBOARD_PORT; 0 = free port)
          --otlp-grpc-port N    the dashboard's OTLP/gRPC receiver (default 18889, env CARESERVICES_OTLP_GRPC_PORT)
          --dashboard-only      only the dashboard and its OTLP receiver (prints the OTLP key); no servers or projects
          --max-spans N         spans the dashboard keeps (default 50000)
          --max-logs N          structured log records the dashboard keeps (default 20000)
          --configuration C     build output to run (default: the AppHost's own, e.g. Release)
          --environment E       ASPNETCORE_ENVIRONMENT for every project (default Development)
          --otlp-endpoint URL   send telemetry to this collector instead of the dashboard (env CARESERVICES_OTLP_ENDPOINT)
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
            DashboardPort = Port(environment(DashboardPortVariable), DashboardPortVariable) ?? AppHostOptions.DefaultDashboardPort,
            OtlpGrpcPort = Port(environment(OtlpGrpcPortVariable), OtlpGrpcPortVariable) ?? AppHostOptions.DefaultOtlpGrpcPort,
            OtlpEndpoint = NullIfEmpty(environment(OtlpEndpointVariable)),
        };

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            options = arg switch
            {
                "--gateway-port" => options with { GatewayPort = Port(Value(), arg)!.Value },
                "--dashboard-only" => options with { DashboardOnly = true },
                "--dashboard-port" => options with { DashboardPort = Port(Value(), arg)!.Value },
                "--otlp-grpc-port" => options with { OtlpGrpcPort = Port(Value(), arg)!.Value },
                "--max-spans" => options with { Telemetry = options.Telemetry with { MaxSpans = Count(Value(), arg) } },
                "--max-logs" => options with { Telemetry = options.Telemetry with { MaxLogs = Count(Value(), arg) } },
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

    private static int Count(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 10_000_000
            ? count
            : throw new ArgumentException($"{name} must be a whole number from 1 to 10000000, not '{text}'.");

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
