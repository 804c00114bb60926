using System.Runtime.InteropServices;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// Turns the first Ctrl+C, SIGTERM, SIGQUIT or SIGHUP into an orderly stop; a second one ends the AppHost at
/// once, for when a stop hangs.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
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
            return;
        }

        context.Cancel = true;
        _requested.Cancel();
    }
}
