using System.Runtime.InteropServices;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// Turns the first Ctrl+C, SIGTERM, SIGQUIT or SIGHUP into an orderly stop. Repeats within a few seconds are
/// ignored — Ctrl+C reaches both <c>dotnet run</c> and the AppHost, and <c>dotnet run</c> forwards it once more —
/// while a later one ends the AppHost at once, for when a stop hangs.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource _requested = new();
    private long _firstSignal;
    private readonly List<PosixSignalRegistration> _registrations;

    public ShutdownSignal()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    public CancellationToken Token => _requested.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_requested.IsCancellationRequested)
        {
            context.Cancel = System.Diagnostics.Stopwatch.GetElapsedTime(_firstSignal) < RepeatWindow;
            return;
        }

        context.Cancel = true;
        _firstSignal = System.Diagnostics.Stopwatch.GetTimestamp();
        _requested.Cancel();
    }
}
