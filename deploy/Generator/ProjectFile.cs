using System.Xml.Linq;
using CareServices.Deploy.Generator.Manifest;

namespace CareServices.Deploy.Generator;

/// <summary>What a deployable needs from its project file: assembly, own version, and the projects it is built from.</summary>
public sealed record ProjectFile(string Path, string AssemblyName, string Version, IReadOnlyList<string> ProjectReferences)
{
    /// <summary>The project file of <paramref name="project"/>; paths are repository-relative with <c>/</c>.</summary>
    public static ProjectFile Of(ProjectResource project, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(project);
        var path = project.ProjectPath;
        var file = Read(path, repositoryRoot);
        if (file.Version.Length == 0)
        {
            throw new InvalidOperationException(
                $"{path} sets no <Version>: every deployable carries its own version, which becomes its image tag.");
        }
        return file;
    }

    /// <summary>Every project file the build needs (this one and all it references, transitively), sorted.</summary>
    public IReadOnlyList<ProjectFile> Closure(string repositoryRoot)
    {
        var found = new SortedDictionary<string, ProjectFile>(StringComparer.Ordinal) { [Path] = this };
        var pending = new Queue<string>(ProjectReferences);
        while (pending.TryDequeue(out var next))
        {
            if (found.ContainsKey(next))
            {
                continue;
            }
            var file = Read(next, repositoryRoot);
            found[next] = file;
            foreach (var reference in file.ProjectReferences)
            {
                pending.Enqueue(reference);
            }
        }
        return found.Values.ToList();
    }

    public string Directory => Path[..Path.LastIndexOf('/')];

    private static ProjectFile Read(string path, string repositoryRoot)
    {
        var full = System.IO.Path.Combine(repositoryRoot, path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Project file {path} not found.", full);
        }
        var xml = XDocument.Load(full);
        string Property(string name) =>
            xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() ?? "";
        var directory = path[..path.LastIndexOf('/')];
        var references = xml.Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Normalise(directory + "/" + ((string?)e.Attribute("Include") ?? "").Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var assembly = Property("AssemblyName");
        return new ProjectFile(
            path,
            assembly.Length > 0 ? assembly : System.IO.Path.GetFileNameWithoutExtension(path),
            Property("Version"),
            references);
    }

    /// <summary>Resolves <c>..</c> segments in a repository-relative path.</summary>
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    throw new InvalidOperationException($"{path} points outside the repository.");
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }
}
