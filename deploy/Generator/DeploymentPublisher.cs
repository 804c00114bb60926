using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Containers;
using CareServices.Deploy.Generator.Kubernetes;
using CareServices.Deploy.Generator.Scripts;

namespace CareServices.Deploy.Generator;

/// <summary>
/// Renders the declared application for Kubernetes: per project a Dockerfile and a Kustomize base, the in-cluster
/// servers as a component, an overlay per environment, and the scripts that build images and create Secrets.
/// The output depends on nothing but the model, the project files and the options, so a re-render is byte-identical.
/// </summary>
public static class DeploymentPublisher
{
    /// <summary>Folders the publisher owns in the output: files it no longer renders there are removed.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } = ["base", "components", "overlays"];

    /// <summary>Relative path (with <c>/</c>) → content, sorted by path.</summary>
    public static IReadOnlyDictionary<string, string> Render(AspireManifest model, string repositoryRoot, string registry = PublishOptions.DefaultRegistry)
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var projects = model.Projects
            .Select(project => (Project: project, File: ProjectFile.Of(project, repositoryRoot)))
            .OrderBy(p => p.Project.Name, StringComparer.Ordinal)
            .ToList();

        foreach (var (project, file) in projects)
        {
            foreach (var (name, content) in ServiceManifests.Render(project, file, model.Projects))
            {
                files[$"base/{project.Name}/{name}"] = content;
            }
            files[$"base/{project.Name}/Dockerfile"] = Dockerfile.Render(project.Name, file, file.Closure(repositoryRoot));
            files[$"base/{project.Name}/Dockerfile.dockerignore"] = Dockerfile.Ignore;
        }

        foreach (var (name, content) in DatabaseRoles.Render(model))
        {
            files[$"base/{DatabaseRoles.Name}/{name}"] = content;
        }

        foreach (var (name, content) in ServerManifests.Render(model.Servers))
        {
            files[$"{OverlayManifests.ServersComponent}/{name}"] = content;
        }

        foreach (var overlay in Overlay.All)
        {
            foreach (var (name, content) in OverlayManifests.Render(overlay, projects, registry))
            {
                files[$"overlays/{overlay.Name}/{name}"] = content;
            }
        }

        files["build-images.sh"] = BuildImagesScript.Render(projects.Select(p => (p.Project.Name, p.File.Version)).ToList());
        files["create-secrets.sh"] = CreateSecretsScript.Render(model);
        return files;
    }

    /// <summary>Writes the rendered files, makes the scripts executable, and removes stale files in the owned folders.</summary>
    public static async Task<int> WriteAsync(IReadOnlyDictionary<string, string> files, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = Path.GetFullPath(outputDirectory);
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, content, cancellationToken);
            if (relative.EndsWith(".sh", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        var removed = 0;
        foreach (var folder in OwnedFolders.Select(folder => Path.Combine(root, folder)).Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (!files.ContainsKey(Path.GetRelativePath(root, path).Replace('\\', '/')))
                {
                    File.Delete(path);
                    removed++;
                }
            }
        }
        return removed;
    }
}
