using CareServices.AppHost.Servers;
using CareServices.AppHost.Telemetry;

namespace CareServices.AppHost.Orchestration;

/// <summary>How one run of the distributed application is set up; the command line and tests fill it.</summary>
public sealed record AppHostOptions
{
    public const int DefaultGatewayPort = 8080;
    public const int DefaultDashboardPort = 18888;
    public const int DefaultOtlpGrpcPort = 18889;

    /// <summary>The folder holding CareServices.sln; found upward from the AppHost binary when null.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Build configuration whose output is run (<c>Release</c>, <c>Debug</c>); the AppHost's own when null.</summary>
    public string? Configuration { get; init; }

    /// <summary>Where <c>scripts/servers.sh</c> keeps the servers; <c>&lt;repo&gt;/.data/servers</c> when null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// Servers someone else runs (tests): the AppHost neither starts nor stops them. Null: the AppHost runs
    /// its own through <c>scripts/servers.sh</c> and stops them when it stops.
    /// </summary>
    public ServerConnections? ExternalServers { get; init; }

    /// <summary>Redis keeps its append-only file, so a demo survives a restart (own servers only).</summary>
    public bool PersistentServers { get; init; } = true;

    /// <summary>Database suffix and RabbitMQ virtual host of this run.</summary>
    public IsolationNames Isolation { get; init; } = IsolationNames.None;

    /// <summary>Drops the suffixed databases and deletes the virtual host at stop (only when isolation names are set).</summary>
    public bool RemoveIsolatedResourcesOnStop { get; init; } = true;

    /// <summary>The gateway's port on localhost; 0 takes a free port on 127.0.0.1.</summary>
    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>The operator dashboard (with the resource API and OTLP/HTTP) on loopback; 0 takes a free port.</summary>
    public int DashboardPort { get; init; } = DefaultDashboardPort;

    /// <summary>The dashboard's OTLP/gRPC receiver on loopback; 0 takes a free port.</summary>
    public int OtlpGrpcPort { get; init; } = DefaultOtlpGrpcPort;

    /// <summary>The dashboard's login token; a random one per run when null.</summary>
    public string? DashboardToken { get; init; }

    /// <summary>Only the dashboard and its OTLP receiver, for telemetry from elsewhere (and the ingest benchmark).</summary>
    public bool DashboardOnly { get; init; }

    /// <summary>How much telemetry the dashboard keeps.</summary>
    public TelemetryLimits Telemetry { get; init; } = new();

    /// <summary><c>ASPNETCORE_ENVIRONMENT</c> given to every project.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>
    /// Passed on as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> when set (an outside collector); otherwise every project
    /// exports to the dashboard's own receiver.
    /// </summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>How long the whole start (servers, databases, every project healthy) may take.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a project gets to stop after SIGTERM before it is killed.</summary>
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Console lines kept per resource for the resource API.</summary>
    public int LogCapacity { get; init; } = 1000;

    /// <summary>Echo every project's console output, prefixed by its name.</summary>
    public bool EchoResourceOutput { get; init; }

    /// <summary>Where the AppHost reports states and URLs; <see cref="TextWriter.Null"/> silences it.</summary>
    public TextWriter Output { get; init; } = Console.Out;
}
