using System.Diagnostics;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// Keeps one project running: starts it, follows its readiness, restarts it with backoff when it ends on its
/// own, and stops it (SIGTERM, then kill) when asked.
/// </summary>
internal sealed class ProjectRunner
{
    private static readonly TimeSpan StartupProbeInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RunningProbeInterval = TimeSpan.FromSeconds(5);

    private readonly ResourceStatus _status;
    private readonly Func<ProcessStartInfo> _startInfo;
    private readonly Uri _endpoint;
    private readonly HealthProbe _probe;
    private readonly RestartBackoff _backoff;
    private readonly TimeSpan _stopGrace;
    private readonly Action<LogStream, string> _output;
    private readonly Action<ChildProcess, ProcessStartInfo> _started;
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _control = new(1, 1);
    private readonly Lock _gate = new();
    private CancellationTokenSource _stopping = new();
    private Task? _run;
    private bool _shutDown;

    public ProjectRunner(
        ResourceStatus status,
        Func<ProcessStartInfo> startInfo,
        Uri endpoint,
        HealthProbe probe,
        RestartBackoff backoff,
        TimeSpan stopGrace,
        Action<LogStream, string> output,
        Action<ChildProcess, ProcessStartInfo> started)
    {
        _status = status;
        _startInfo = startInfo;
        _endpoint = endpoint;
        _probe = probe;
        _backoff = backoff;
        _stopGrace = stopGrace;
        _output = output;
        _started = started;
    }

    public ResourceStatus Status => _status;

    /// <summary>Completes the first time the project answers <c>/health</c> with 200; faults if it cannot be started.</summary>
    public Task FirstHealthy => _healthy.Task;

    /// <summary>Starts supervising; does nothing while a supervision runs or after the final stop.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_shutDown || _run is { IsCompleted: false })
            {
                return;
            }

            _stopping.Dispose();
            _stopping = new CancellationTokenSource();
            var token = _stopping.Token;
            _run = Task.Run(() => SuperviseAsync(token));
        }
    }

    /// <summary>The final stop (AppHost shutdown): ends the process and never starts it again.</summary>
    public async Task StopAsync()
    {
        lock (_gate)
        {
            _shutDown = true;
        }

        await StopSupervisionAsync().ConfigureAwait(false);
        _healthy.TrySetCanceled();
    }

    /// <summary>An operator's stop: ends the process and keeps it stopped until <see cref="Start"/>.</summary>
    public Task StopByOperatorAsync() => StopSupervisionAsync();

    /// <summary>An operator's restart: stop, then start again; counted as a restart.</summary>
    public async Task RestartAsync()
    {
        await StopSupervisionAsync().ConfigureAwait(false);
        _status.CountRestart();
        Start();
    }

    private async Task StopSupervisionAsync()
    {
        await _control.WaitAsync().ConfigureAwait(false);
        try
        {
            Task? run;
            lock (_gate)
            {
                run = _run;
            }

            await _stopping.CancelAsync().ConfigureAwait(false);
            if (run is not null)
            {
                await run.ConfigureAwait(false);
            }

            if (_status.State is not ResourceState.FailedToStart)
            {
                _status.MarkStopped();
            }
        }
        finally
        {
            _control.Release();
        }
    }

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ChildProcess process;
            ProcessStartInfo startInfo;
            try
            {
                startInfo = _startInfo();
                process = ChildProcess.Start(startInfo, _output);
            }
            catch (Exception e) when (e is FileNotFoundException or System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                _status.Log.Append(LogStream.AppHost, e.Message);
                _status.MarkFailedToStart(e.Message);
                _healthy.TrySetException(new InvalidOperationException($"'{_status.Name}' could not be started: {e.Message}", e));
                return;
            }

            using (process)
            {
                _status.Log.Append(LogStream.AppHost, $"started, pid {process.ProcessId}, {_endpoint}");
                _status.MarkStarting(process.ProcessId);
                _started(process, startInfo);
                var startedAt = Stopwatch.GetTimestamp();

                using var watch = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                var health = FollowHealthAsync(watch.Token);
                try
                {
                    await process.Exited.WaitAsync(stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _status.MarkStopping();
                    await process.StopAsync(_stopGrace).ConfigureAwait(false);
                    _status.Log.Append(LogStream.AppHost, "stopped");
                    await watch.CancelAsync().ConfigureAwait(false);
                    await health.ConfigureAwait(false);
                    return;
                }

                await watch.CancelAsync().ConfigureAwait(false);
                await health.ConfigureAwait(false);
                process.KillStragglers();
                var exitCode = process.Exited.Result;
                _status.Log.Append(LogStream.AppHost, $"exited with code {exitCode}");
                _status.MarkExited(exitCode);

                var delay = _backoff.Next(Stopwatch.GetElapsedTime(startedAt));
                _status.MarkRestarting(delay);
                _status.Log.Append(LogStream.AppHost, $"restarting in {delay.TotalSeconds:0.#} s");
                try
                {
                    await Task.Delay(delay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Polls quickly until the first success, then at a calm pace, flipping Running/Unhealthy.</summary>
    private async Task FollowHealthAsync(CancellationToken cancellationToken)
    {
        var everHealthy = false;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(everHealthy ? RunningProbeInterval : StartupProbeInterval, cancellationToken)
                    .ConfigureAwait(false);
                var result = await _probe.CheckAsync(_endpoint, cancellationToken).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                _status.RecordHealth(result);

                if (result.IsHealthy)
                {
                    everHealthy = true;
                    _status.MarkRunning();
                    _healthy.TrySetResult();
                }
                else if (everHealthy)
                {
                    _status.MarkUnhealthy(result.Reason ?? "unhealthy");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped or exited: the supervisor decides what follows.
        }
    }
}
