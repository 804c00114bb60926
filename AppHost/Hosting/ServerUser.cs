using System.Diagnostics;

namespace CareServices.AppHost.Hosting;

/// <summary>
/// PostgreSQL refuses to run as root: as root its processes run as the <c>postgres</c> user through
/// <c>setpriv</c>, which executes the server in place (no extra parent process that could outlive a stop).
/// </summary>
internal static class ServerUser
{
    public const string Postgres = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The command and leading arguments that run <paramref name="executable"/> as <paramref name="user"/> (as is when not root).</summary>
    public static (string Command, string[] Arguments) As(string user, string executable) =>
        IsRoot && user != "root"
            ? ("/usr/bin/setpriv", ["--reuid=" + user, "--regid=" + user, "--init-groups", "--reset-env", "--", executable])
            : (executable, []);

    /// <summary>Runs a short command to its end; returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string user, string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (command, leading) = As(user, executable);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in leading.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
    }

    /// <summary>A folder the server user owns; when it cannot reach <paramref name="preferred"/> (a private home), one under its own home.</summary>
    public static async Task<string> OwnedDirectoryAsync(string user, string preferred, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(preferred);
        if (!IsRoot)
        {
            return preferred;
        }

        var (chown, _) = await RunAsync("root", "/bin/chown", [$"{user}:{user}", preferred], cancellationToken).ConfigureAwait(false);
        var (reachable, _) = await RunAsync(user, "/usr/bin/test", ["-w", preferred], cancellationToken).ConfigureAwait(false);
        if (chown == 0 && reachable == 0)
        {
            return preferred;
        }

        var home = Path.Combine("/var/lib/postgresql", "careservices",
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(preferred)))[..16].ToLowerInvariant());
        Directory.CreateDirectory(home);
        await RunAsync("root", "/bin/chown", ["-R", $"{user}:{user}", Path.GetDirectoryName(home)!], cancellationToken).ConfigureAwait(false);
        return home;
    }
}
