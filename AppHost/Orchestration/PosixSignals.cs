using System.Runtime.InteropServices;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// kill(2) for a graceful SIGTERM: <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL, which
/// skips ASP.NET Core's orderly shutdown (draining requests, stopping the bus).
/// </summary>
internal static partial class PosixSignals
{
    private const int SigKill = 9;
    private const int SigTerm = 15;

    public static bool Terminate(int processId) => OperatingSystem.IsWindows() is false && Kill(processId, SigTerm) == 0;

    /// <summary>
    /// SIGKILL to every process left in the group a child leads (it runs under setsid, so its PID is the group id).
    /// Without setsid no such group exists and nothing happens.
    /// </summary>
    public static void KillGroup(int groupId)
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = Kill(-groupId, SigKill);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
