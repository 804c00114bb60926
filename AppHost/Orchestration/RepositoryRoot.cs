using System.Reflection;

namespace CareServices.AppHost.Orchestration;

/// <summary>Finds the repository (the folder with CareServices.sln) and the build configuration to run.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "CareServices.sln";

    public static string Resolve(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(Path.Combine(full, SolutionFile))
                ? full
                : throw new DirectoryNotFoundException($"{full} does not hold {SolutionFile}.");
        }

        return FindUpward(AppContext.BaseDirectory) ?? FindUpward(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException(
                $"No {SolutionFile} above {AppContext.BaseDirectory} or the current folder; pass the repository root.");
    }

    /// <summary>The configuration the AppHost itself was built in, so <c>-c Release</c> runs Release services.</summary>
    public static string OwnConfiguration() =>
        typeof(RepositoryRoot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    private static string? FindUpward(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
