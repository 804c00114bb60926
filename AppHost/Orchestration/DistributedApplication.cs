using System.Security.Cryptography;
using System.Text;
using CareServices.AppHost.Dashboard;
using CareServices.AppHost.Dashboard.Access;
using CareServices.AppHost.Model;
using CareServices.AppHost.Servers;
using CareServices.AppHost.Telemetry;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// The running distributed application: servers, databases, projects in dependency order, the resource API.
/// <see cref="RunAsync"/> is <c>dotnet run --project AppHost</c>; tests call <see cref="StartAsync"/> and
/// dispose — the same code path.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly AppHostOptions _options;
    private readonly IReadOnlyList<Resource> _model;
    private readonly List<ResourceStatus> _statuses;
    private readonly Dictionary<string, ProjectRunner> _runners = new(StringComparer.Ordinal);
    private readonly ConsoleReporter _console;
    private readonly HealthProbe _probe = new();
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private ServersScript? _ownServers;
    private ServerConnections? _servers;
    private readonly SemaphoreSlim _serverCommands = new(1, 1);
    private ChildProcessRegistry? _children;
    private DataDirectoryLock? _dataLock;
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly DashboardSecrets _dashboardSecrets;
    private readonly TelemetryStore _telemetry;
    private DashboardHost? _dashboard;
    private bool _virtualHostCreated;
    private bool _databasesCreated;
    private bool _stopped;

    internal DistributedApplication(AppHostOptions options, IReadOnlyList<Resource> model)
    {
        _options = options;
        _model = model;
        _statuses = [.. model.Select(resource => new ResourceStatus(resource, options.LogCapacity, TimeProvider.System))];
        _console = new ConsoleReporter(options.Output, options.EchoResourceOutput);
        _dashboardSecrets = new DashboardSecrets(
            options.DashboardToken is { } token ? new Dashboard.Access.DashboardToken(token) : Dashboard.Access.DashboardToken.NewRandom(), OtlpApiKey.NewRandom());
        _telemetry = new TelemetryStore(options.Telemetry, TimeProvider.System);
        foreach (var status in _statuses)
        {
            _console.Follow(status);
        }
    }

    public IReadOnlyList<ResourceStatus> Resources => _statuses;

    /// <summary>The dashboard, whose data API (<c>/api/resources</c> …) needs <see cref="DashboardToken"/>, once started.</summary>
    public Uri? ApiUrl => _dashboard?.Url;

    /// <summary>The dashboard's login token: <c>login?t=&lt;token&gt;</c>, or <c>Authorization: Bearer &lt;token&gt;</c> for the API.</summary>
    public string DashboardToken => _dashboardSecrets.LoginToken.Value;

    /// <summary>What the dashboard's OTLP receiver holds.</summary>
    public TelemetryStore Telemetry => _telemetry;

    /// <summary>The OTLP receiver's endpoints and key, once started.</summary>
    public (Uri Http, Uri Grpc, string ApiKey)? Otlp =>
        _dashboard is { } dashboard ? (dashboard.OtlpHttpEndpoint, dashboard.OtlpGrpcEndpoint, _dashboardSecrets.OtlpKey.Value) : null;

    /// <summary>This run's options (the dashboard reads isolation names and the servers from them).</summary>
    internal AppHostOptions Options => _options;

    /// <summary>The JWT signing key every project validates; the dashboard signs its operator calls with it.</summary>
    internal string SigningKey => _signingKey;

    /// <summary>Writes what an operator did from the dashboard to the AppHost's output.</summary>
    internal void WriteOperatorAction(string text) => _console.Write($"{DateTime.Now:HH:mm:ss} dashboard        {text}");

    /// <summary>An operator's stop, start or restart of a project, or of a server the AppHost started.</summary>
    internal async Task ExecuteAsync(string name, ResourceCommand command)
    {
        if (_stopped)
        {
            throw new InvalidOperationException("The AppHost is stopping.");
        }

        if (!_runners.TryGetValue(name, out var runner))
        {
            var server = _statuses.FirstOrDefault(s => s.Name == name && IsServer(s))
                ?? throw new InvalidOperationException($"'{name}' cannot be stopped, started or restarted: only projects and servers can.");
            await ExecuteOnServerAsync(server, command).ConfigureAwait(false);
            return;
        }

        _console.Write($"{DateTime.Now:HH:mm:ss} {name,-16} {command.ToString().ToLowerInvariant()} requested from the dashboard");
        runner.Status.Log.Append(LogStream.AppHost, $"{command.ToString().ToLowerInvariant()} requested from the dashboard");
        switch (command)
        {
            case ResourceCommand.Stop:
                await runner.StopByOperatorAsync().ConfigureAwait(false);
                break;
            case ResourceCommand.Start:
                runner.Start();
                break;
            case ResourceCommand.Restart:
                await runner.RestartAsync().ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The servers in use, once started.</summary>
    public ServerConnections? Servers => _servers;

    /// <summary>Whether the dashboard may stop and start the servers: only those this AppHost started itself.</summary>
    internal bool ManagesServers => _ownServers is not null;

    /// <summary>
    /// Stops, starts or restarts one server through <c>scripts/servers.sh</c>; it comes back on the same port, so the
    /// services reconnect on their own. One server command at a time: the script works on one data folder.
    /// </summary>
    private async Task ExecuteOnServerAsync(ResourceStatus server, ResourceCommand command)
    {
        var script = _ownServers
            ?? throw new InvalidOperationException($"'{server.Name}' is an external server; the AppHost does not manage it.");
        var kind = server.Resource.Kind;
        await _serverCommands.WaitAsync().ConfigureAwait(false);
        try
        {
            _console.Write($"{DateTime.Now:HH:mm:ss} {server.Name,-16} {command.ToString().ToLowerInvariant()} requested from the dashboard");
            if (command is ResourceCommand.Stop or ResourceCommand.Restart)
            {
                server.MarkStopping();
                await script.StopAsync(CancellationToken.None, kind).ConfigureAwait(false);
                server.MarkStopped();
            }

            if (command is ResourceCommand.Start or ResourceCommand.Restart)
            {
                server.MarkStarting(null, script.DataDirectory);
                await script.StartAsync(CancellationToken.None).ConfigureAwait(false);
                server.MarkRunning(script.ProcessIds().TryGetValue(kind, out var pid) ? pid : null, script.DataDirectory);
                if (command is ResourceCommand.Restart)
                {
                    server.CountRestart();
                }
            }
        }
        catch (InvalidOperationException e)
        {
            server.MarkFailedToStart(e.Message);
            throw;
        }
        finally
        {
            _serverCommands.Release();
        }
    }

    private static bool IsServer(ResourceStatus status) =>
        status.Resource is PostgresServerResource or RabbitMQServerResource or RedisResource;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) =>
        new(AppHostCommandLine.Parse(args, Environment.GetEnvironmentVariable));

    public static DistributedApplicationBuilder CreateBuilder(AppHostOptions options) => new(options);

    public ResourceStatus GetResource(string name) =>
        _statuses.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"No resource named '{name}'.");

    /// <summary>Where a project answers HTTP, e.g. the gateway's base address.</summary>
    public Uri GetEndpoint(string name) =>
        GetResource(name).Endpoint ?? throw new InvalidOperationException($"'{name}' has no HTTP endpoint (yet).");

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops everything it started. Returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        using var signal = new ShutdownSignal();
        try
        {
            await StartAsync(signal.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            _console.Write("Stopping (start interrupted) …");
            await StopAsync().ConfigureAwait(false);
            return 130;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or HttpRequestException
            or Npgsql.NpgsqlException or UnauthorizedAccessException)
        {
            _console.Write($"Start failed: {e.Message}");
            await StopAsync().ConfigureAwait(false);
            return 1;
        }

        _console.Write("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, signal.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _console.Write("Stopping …");
        }

        await StopAsync().ConfigureAwait(false);
        return 0;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StartupTimeout);
        var token = timeout.Token;
        var root = RepositoryRoot.Resolve(_options.RepositoryRoot);
        var configuration = _options.Configuration ?? RepositoryRoot.OwnConfiguration();
        if (_options.DashboardOnly)
        {
            await StartDashboardAsync(token).ConfigureAwait(false);
            _console.Write($"Dashboard: {_dashboard!.Url}login?t={_dashboardSecrets.LoginToken.Value}");
            _console.Write($"  OTLP/HTTP {_dashboard.OtlpHttpEndpoint}, OTLP/gRPC {_dashboard.OtlpGrpcEndpoint}, " +
                           $"header {OtlpApiKey.HeaderName}={_dashboardSecrets.OtlpKey.Value}");
            return;
        }

        try
        {
            EnsureFixedPortsAreFree();
            // The dashboard starts beside the servers; projects need its OTLP endpoint, so they wait for both.
            var dashboard = StartDashboardAsync(token);
            try
            {
                _servers = await StartServersAsync(root, token).ConfigureAwait(false);
            }
            finally
            {
                // Awaited on failure too, so a started dashboard is stopped with everything else.
                await dashboard.ConfigureAwait(false);
            }

            _console.Write($"CareServices AppHost: {root} ({configuration})");
            _console.Write($"Dashboard: {_dashboard!.Url}login?t={_dashboardSecrets.LoginToken.Value}");
            _console.Write($"  login token: {_dashboardSecrets.LoginToken.Value}");
            await ProvisionAsync(_servers, token).ConfigureAwait(false);
            StartProjects(root, configuration, _servers);
            await WaitForProjectsAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Not everything was ready within {_options.StartupTimeout.TotalSeconds:0} s.{Describe(NotRunning())}");
        }

        foreach (var runner in _runners.Values)
        {
            _console.Write($"  {runner.Status.Name,-14} {runner.Status.Endpoint}");
        }
    }

    /// <summary>Only the dashboard and its OTLP receiver (StartAsync does this first; tests of the dashboard alone call it).</summary>
    internal async Task StartDashboardAsync(CancellationToken cancellationToken)
    {
        _dashboard ??= await DashboardHost.StartAsync(this, _options, _dashboardSecrets, _telemetry, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        await _stopGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            // Dependents first: the gateway before the services it calls.
            foreach (var wave in _runners.Values.GroupBy(r => Depth(r.Status.Resource)).OrderByDescending(g => g.Key))
            {
                await Task.WhenAll(wave.Select(runner => runner.StopAsync())).ConfigureAwait(false);
            }

            _children?.Clear();
            await RemoveIsolatedResourcesAsync().ConfigureAwait(false);
            if (_ownServers is not null)
            {
                MarkServers(s => s.MarkStopping());
                await _ownServers.StopAsync(CancellationToken.None).ConfigureAwait(false);
                MarkServers(s => s.MarkStopped());
            }

            _dataLock?.Dispose();

            if (_dashboard is not null)
            {
                await _dashboard.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _stopGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _probe.Dispose();
        _stopGate.Dispose();
    }

    private async Task<ServerConnections> StartServersAsync(string root, CancellationToken token)
    {
        if (_options.ExternalServers is { } external)
        {
            MarkServers(s => s.MarkRunning(detail: "external"));
            SetServerEndpoints(external);
            return external;
        }

        var dataDirectory = Path.GetFullPath(_options.DataDirectory ?? Path.Combine(root, ".data", "servers"));
        _dataLock = DataDirectoryLock.Acquire(dataDirectory);
        _children = new ChildProcessRegistry(Path.Combine(dataDirectory, "apphost-children"));
        var leftovers = _children.StopLeftovers();
        if (leftovers > 0)
        {
            _console.Write($"Stopped {leftovers} process(es) left over from an earlier run.");
        }

        _ownServers = new ServersScript(root, dataDirectory, _options.PersistentServers);
        MarkServers(s => s.MarkStarting(null, dataDirectory));
        var servers = await _ownServers.StartAsync(token).ConfigureAwait(false);
        SetServerEndpoints(servers);
        var pids = _ownServers.ProcessIds();
        MarkServers(s => s.MarkRunning(pids.TryGetValue(s.Resource.Kind, out var pid) ? pid : null, dataDirectory));
        return servers;
    }

    private async Task ProvisionAsync(ServerConnections servers, CancellationToken token)
    {
        if (_options.Isolation.VirtualHost is { Length: > 0 } virtualHost)
        {
            using var virtualHosts = new VirtualHostProvisioner(servers);
            await virtualHosts.CreateMissingAsync(virtualHost, token).ConfigureAwait(false);
            _virtualHostCreated = true;
        }

        var databases = _statuses.Where(s => s.Resource is PostgresDatabaseResource).ToList();
        foreach (var database in databases)
        {
            database.MarkStarting(null, _options.Isolation.DatabaseName(database.Name));
        }

        await DatabaseProvisioner.CreateMissingAsync(
            servers.Postgres, databases.Select(d => _options.Isolation.DatabaseName(d.Name)), token).ConfigureAwait(false);
        _databasesCreated = true;
        foreach (var database in databases)
        {
            database.MarkRunning();
        }
    }

    /// <summary>Checked before anything starts, so a taken gateway port fails in a second, not after the servers.</summary>
    private void EnsureFixedPortsAreFree()
    {
        foreach (var project in _model.OfType<ProjectResource>())
        {
            if (project.HttpPort is { } port && !PortAllocator.IsFree(port))
            {
                throw new InvalidOperationException(
                    $"Port {port} for '{project.Name}' is in use. Choose another with --gateway-port or CARESERVICES_GATEWAY_PORT.");
            }
        }

        foreach (var (port, what) in new[] { (_options.DashboardPort, "--dashboard-port"), (_options.OtlpGrpcPort, "--otlp-grpc-port") })
        {
            if (port != 0 && !PortAllocator.IsFree(port))
            {
                throw new InvalidOperationException(
                    $"Port {port} for the dashboard is in use (another AppHost?). Choose another with {what}, or 0 for a free one.");
            }
        }
    }

    private void StartProjects(string root, string configuration, ServerConnections servers)
    {
        var projects = _model.OfType<ProjectResource>().ToList();
        var endpoints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            // A free port is always taken on 127.0.0.1; the given host applies to a fixed port.
            endpoints[project.Name] = project.HttpPort is { } port
                ? $"http://{project.HttpHost}:{port}"
                : $"http://127.0.0.1:{PortAllocator.FreeLoopbackPort()}";
        }

        var contract = _options.OtlpEndpoint is { } collector
            ? new EnvironmentContract(servers, _options.Isolation, endpoints, _options.EnvironmentName, collector, _signingKey)
            : new EnvironmentContract(servers, _options.Isolation, endpoints, _options.EnvironmentName,
                _dashboard!.OtlpHttpEndpoint.ToString().TrimEnd('/'), _signingKey)
            {
                OtlpProtocol = "http/protobuf",
                OtlpHeaders = $"{OtlpApiKey.HeaderName}={_dashboardSecrets.OtlpKey.Value}",
            };
        foreach (var project in projects)
        {
            var status = GetResource(project.Name);
            status.Endpoint = new Uri(endpoints[project.Name]);
            var environment = contract.For(project);
            status.Environment = environment;
            var probeEndpoint = new Uri($"http://127.0.0.1:{status.Endpoint.Port}");
            _runners[project.Name] = new ProjectRunner(
                status,
                () =>
                {
                    var assembly = ProjectLaunch.AssemblyPath(root, project, configuration);
                    return ProjectLaunch.StartInfo(root, project, assembly, environment);
                },
                probeEndpoint,
                _probe,
                RestartBackoff.Default(),
                _options.StopGracePeriod,
                (stream, line) =>
                {
                    status.Log.Append(stream, line);
                    _console.EchoLine(project.Name, stream, line);
                },
                OnProjectStarted);
        }
    }

    private void OnProjectStarted(ChildProcess process, System.Diagnostics.ProcessStartInfo startInfo) =>
        _children?.Record(process.ProcessId, startInfo.ArgumentList[^1]);

    private async Task WaitForProjectsAsync(CancellationToken token)
    {
        var starts = _runners.Values.Select(async runner =>
        {
            var dependencies = runner.Status.Resource.WaitsFor.OfType<ProjectResource>().Select(p => _runners[p.Name].FirstHealthy);
            await Task.WhenAll(dependencies).WaitAsync(token).ConfigureAwait(false);
            runner.Start();
            await runner.FirstHealthy.WaitAsync(token).ConfigureAwait(false);
        });
        await Task.WhenAll(starts).ConfigureAwait(false);
    }

    private async Task RemoveIsolatedResourcesAsync()
    {
        if (!_options.RemoveIsolatedResourcesOnStop || _servers is null)
        {
            return;
        }

        try
        {
            if (_databasesCreated && !string.IsNullOrEmpty(_options.Isolation.DatabaseSuffix))
            {
                var names = _model.OfType<PostgresDatabaseResource>().Select(d => _options.Isolation.DatabaseName(d.Name));
                await DatabaseProvisioner.DropAsync(_servers.Postgres, names, CancellationToken.None).ConfigureAwait(false);
            }

            if (_virtualHostCreated && _options.Isolation.VirtualHost is { Length: > 0 } virtualHost)
            {
                using var virtualHosts = new VirtualHostProvisioner(_servers);
                await virtualHosts.DeleteAsync(virtualHost, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or HttpRequestException or InvalidOperationException)
        {
            // Leftover test databases are harmless; a failed clean-up must not hide the test's own outcome.
            _console.Write($"Could not remove this run's databases or virtual host: {e.Message}");
        }
    }

    private void SetServerEndpoints(ServerConnections servers)
    {
        foreach (var status in _statuses)
        {
            status.Endpoint = status.Resource switch
            {
                PostgresServerResource => ServerEndpoints.Postgres(servers.Postgres),
                RabbitMQServerResource => ServerEndpoints.WithoutCredentials(servers.RabbitMQ),
                RedisResource => ServerEndpoints.Redis(servers.Redis),
                _ => status.Endpoint,
            };
        }
    }

    private void MarkServers(Action<ResourceStatus> mark)
    {
        foreach (var status in _statuses.Where(IsServer))
        {
            mark(status);
        }
    }

    private static int Depth(Resource resource) =>
        resource.WaitsFor.OfType<ProjectResource>().Select(Depth).DefaultIfEmpty(-1).Max() + 1;

    private IEnumerable<ResourceStatus> NotRunning() =>
        _statuses.Where(s => s.State is not ResourceState.Running);

    private static string Describe(IEnumerable<ResourceStatus> statuses)
    {
        var text = new StringBuilder();
        foreach (var status in statuses)
        {
            var snapshot = status.Snapshot();
            text.AppendLine().Append('\'').Append(snapshot.Name).Append("' is ")
                .Append(snapshot.State.ToString().ToLowerInvariant())
                .Append(snapshot.Detail is null ? string.Empty : " (" + snapshot.Detail + ")").Append(". Last lines:");
            foreach (var line in status.Log.Tail(20))
            {
                text.AppendLine().Append("    ").Append(line.Text);
            }
        }

        return text.ToString();
    }
}
