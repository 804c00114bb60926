using System.Diagnostics;

namespace CareServices.AppHost.Orchestration;

/// <summary>One started process whose output lines go to a callback and whose end can be awaited.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    /// <summary>Completes with the exit code once the process has ended and its output is drained.</summary>
    public Task<int> Exited => _exited.Task;

    public static ChildProcess Start(ProcessStartInfo startInfo, Action<LogStream, string> onLine)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        // The children must not read the operator's terminal.
        startInfo.RedirectStandardInput = true;

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onLine(LogStream.Output, e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onLine(LogStream.Error, e.Data);
            }
        };
        process.Exited += (_, _) => _ = child.OnExitedAsync();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM, then SIGKILL to the whole tree when the grace period runs out.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_exited.Task.IsCompleted && PosixSignals.Terminate(ProcessId))
        {
            try
            {
                await _exited.Task.WaitAsync(grace).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Falls through to the hard kill.
            }
        }

        if (!_exited.Task.IsCompleted)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Ended between the check and the kill.
            }

            await _exited.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        KillStragglers();
    }

    /// <summary>Ends whatever the process started and left behind in its group, so no process outlives it.</summary>
    public void KillStragglers() => PosixSignals.KillGroup(ProcessId);

    public void Dispose() => _process.Dispose();

    private async Task OnExitedAsync()
    {
        // Drains the redirected output, but only briefly: a process it left behind may hold the pipe open.
        using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _process.WaitForExitAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The process itself has ended; its last lines may be missing.
        }

        _exited.TrySetResult(_process.ExitCode);
    }
}
