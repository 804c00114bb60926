using System.Diagnostics;
using System.Xml.Linq;
using CareServices.AppHost.Model;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// How a project is started: <c>dotnet &lt;project&gt;/bin/&lt;Configuration&gt;/net10.0/&lt;Assembly&gt;.dll</c> from its
/// project folder, in a session of its own. Nothing is built here: <c>./run.sh</c> and <c>./test.sh</c> build first.
/// </summary>
internal static class ProjectLaunch
{
    private const string TargetFramework = "net10.0";

    public static string AssemblyPath(string repositoryRoot, ProjectResource project, string configuration)
    {
        var directory = Path.Combine(repositoryRoot, project.ProjectDirectory);
        var output = Path.Combine(directory, "bin", configuration, TargetFramework);
        var candidates = AssemblyNames(directory).Select(name => Path.Combine(output, name + ".dll")).ToList();
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        // The one runnable assembly in the output, whatever the project calls it.
        var runnable = Directory.Exists(output)
            ? Directory.GetFiles(output, "*.runtimeconfig.json")
            : [];
        return runnable.Length == 1
            ? runnable[0].Replace(".runtimeconfig.json", ".dll", StringComparison.Ordinal)
            : throw new FileNotFoundException(
                $"'{project.Name}' is not built: none of {string.Join(", ", candidates)} exists. " +
                $"Build first: dotnet build -c {configuration} CareServices.sln (./run.sh does).");
    }

    public static ProcessStartInfo StartInfo(
        string repositoryRoot, ProjectResource project, string assemblyPath, IReadOnlyDictionary<string, string> environment)
    {
        // setsid keeps the children out of the terminal's process group: Ctrl+C reaches only the AppHost,
        // which then stops the gateway before the services instead of everything dying at once.
        var setsid = File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : null;
        var startInfo = new ProcessStartInfo(setsid ?? DotnetHost())
        {
            WorkingDirectory = Path.Combine(repositoryRoot, project.ProjectDirectory),
        };
        if (setsid is not null)
        {
            startInfo.ArgumentList.Add(DotnetHost());
        }

        startInfo.ArgumentList.Add(assemblyPath);
        foreach (var name in startInfo.Environment.Keys.ToList())
        {
            if (EnvironmentContract.ReplacedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                startInfo.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    private static IEnumerable<string> AssemblyNames(string projectDirectory)
    {
        var projectFile = Directory.Exists(projectDirectory)
            ? Directory.GetFiles(projectDirectory, "*.csproj").FirstOrDefault()
            : null;
        if (projectFile is null)
        {
            yield break;
        }

        var declared = XDocument.Load(projectFile).Descendants("AssemblyName").Select(e => e.Value.Trim())
            .FirstOrDefault(name => name.Length > 0 && !name.Contains('$', StringComparison.Ordinal));
        if (declared is not null)
        {
            yield return declared;
        }

        var fileName = Path.GetFileNameWithoutExtension(projectFile);
        yield return "CareServices." + fileName;
        yield return fileName;
    }

    /// <summary>The dotnet host running the AppHost itself, so children use the same runtime.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
