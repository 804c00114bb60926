using System.Diagnostics;

namespace CareServices.Deploy.Generator;

/// <summary>Runs the AppHost in publish mode with Aspire's manifest publisher: the application model as JSON.</summary>
public static class AspireManifestPublisher
{
    public static async Task<int> RunAsync(string repositoryRoot, string manifestPath, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            ArgumentList =
            {
                "run", "-c", "Release", "--project", "AppHost", "--",
                "--operation", "publish", "--publisher", "manifest", "--output-path", manifestPath,
            },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }
}
