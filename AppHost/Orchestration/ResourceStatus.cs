using CareServices.AppHost.Model;

namespace CareServices.AppHost.Orchestration;

/// <summary>The live state of one resource: what the AppHost did with it and what it printed.</summary>
public sealed class ResourceStatus
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private ResourceState _state = ResourceState.Waiting;
    private int? _processId;
    private DateTimeOffset? _startedAt;
    private int _restartCount;
    private int? _exitCode;
    private string? _detail;
    private HealthResult? _health;
    private DateTimeOffset? _healthCheckedAt;

    public ResourceStatus(Resource resource, int logCapacity, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(resource);
        Resource = resource;
        _time = time;
        Log = new ResourceLog(logCapacity, time);
    }

    /// <summary>Raised after every state change, outside any lock.</summary>
    public event Action<ResourceSnapshot>? Changed;

    public Resource Resource { get; }

    public string Name => Resource.Name;

    public ResourceLog Log { get; }

    /// <summary>Where the resource answers; set once its port is known.</summary>
    public Uri? Endpoint { get; internal set; }

    /// <summary>The environment a project was started with (secrets unmasked: the dashboard masks them).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; internal set; } = new Dictionary<string, string>();

    /// <summary>The last readiness check of a project and when it ran; null before the first.</summary>
    public (HealthResult Result, DateTimeOffset CheckedAt)? LastHealth
    {
        get
        {
            lock (_gate)
            {
                return _health is { } health && _healthCheckedAt is { } at ? (health, at) : null;
            }
        }
    }

    public ResourceState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public int RestartCount
    {
        get
        {
            lock (_gate)
            {
                return _restartCount;
            }
        }
    }

    public int? ProcessId
    {
        get
        {
            lock (_gate)
            {
                return _processId;
            }
        }
    }

    public ResourceSnapshot Snapshot()
    {
        lock (_gate)
        {
            var alive = _state is ResourceState.Starting or ResourceState.Running or ResourceState.Unhealthy
                or ResourceState.Stopping;
            double? uptime = alive && _startedAt is { } started ? (_time.GetUtcNow() - started).TotalSeconds : null;
            return new ResourceSnapshot(Name, Resource.Kind, _state, alive ? _processId : null, _startedAt,
                uptime is null ? null : Math.Round(uptime.Value, 1), _restartCount, _exitCode, Endpoint, _detail);
        }
    }

    internal void MarkStarting(int? processId, string? detail = null) =>
        Update(ResourceState.Starting, () =>
        {
            _processId = processId;
            _startedAt = _time.GetUtcNow();
            _exitCode = null;
            _detail = detail;
        });

    internal void MarkRunning(int? processId = null, string? detail = null) =>
        Update(ResourceState.Running, () =>
        {
            _processId = processId ?? _processId;
            _startedAt ??= _time.GetUtcNow();
            _detail = detail ?? _detail;
        });

    internal void MarkUnhealthy(string detail) => Update(ResourceState.Unhealthy, () => _detail = detail);

    internal void MarkExited(int exitCode) => Update(ResourceState.Exited, () =>
    {
        _exitCode = exitCode;
        _detail = $"exited with code {exitCode}";
    });

    internal void MarkRestarting(TimeSpan delay) => Update(ResourceState.Restarting, () =>
    {
        _restartCount++;
        _detail = $"restart {_restartCount} in {delay.TotalSeconds:0.#} s";
    });

    /// <summary>An operator's restart, counted like an automatic one.</summary>
    internal void CountRestart()
    {
        lock (_gate)
        {
            _restartCount++;
        }
    }

    internal void RecordHealth(HealthResult result)
    {
        lock (_gate)
        {
            _health = result;
            _healthCheckedAt = _time.GetUtcNow();
        }
    }

    internal void MarkFailedToStart(string detail) => Update(ResourceState.FailedToStart, () => _detail = detail);

    internal void MarkStopping() => Update(ResourceState.Stopping, () => { });

    internal void MarkStopped() => Update(ResourceState.Stopped, () => _detail = null);

    private void Update(ResourceState state, Action change)
    {
        bool changed;
        lock (_gate)
        {
            changed = _state != state;
            _state = state;
            change();
        }

        if (changed)
        {
            Changed?.Invoke(Snapshot());
        }
    }
}
