using System.Diagnostics;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A running <see cref="LedgerProcess"/>: started, waited for, killed with SIGKILL, stopped.</summary>
public sealed class LedgerChild : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LedgerChild(Process process) => _process = process;

    public static async Task<LedgerChild> StartAsync(string role, string database, string rabbitMq)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(LedgerProcess).Assembly.Location);
        foreach (var argument in new[] { LedgerProcess.Command, role, database, rabbitMq })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The ledger process did not start.");
        var child = new LedgerChild(process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data == LedgerProcess.Ready)
            {
                child._ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(child._ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(3))) != child._ready.Task)
        {
            await child.DisposeAsync();
            throw new InvalidOperationException($"The ledger {role} did not get ready.");
        }
        return child;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no acknowledgements — a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}
