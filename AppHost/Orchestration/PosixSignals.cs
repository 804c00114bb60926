using System.Runtime.InteropServices;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// kill(2) for a graceful SIGTERM: <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL, which
/// skips ASP.NET Core's orderly shutdown (draining requests, stopping the bus).
/// </summary>
internal static partial class PosixSignals
{
    private const int SigTerm = 15;

    public static bool Terminate(int processId) => OperatingSystem.IsWindows() is false && Kill(processId, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
