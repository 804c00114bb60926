using CareServices.Deploy.Generator;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>Each Dockerfile builds its project from files that exist and runs it as the unprivileged user.</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Projects() => new(DeployFolder.Projects().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_path_a_dockerfile_copies_exists_and_every_referenced_project_is_copied(string service)
    {
        var project = ProjectFile.Of(DeployFolder.Projects().Single(p => p.Name == service), TestSupport.RepositoryRoot.Path);
        var lines = File.ReadAllLines(Path.Combine(DeployFolder.Root, "base", service, "Dockerfile"));
        var sources = lines
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.StartsWith("COPY --from", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ')[1..^1])
            .ToList();

        Assert.All(sources, source =>
        {
            var full = Path.Combine(TestSupport.RepositoryRoot.Path, source);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"{service}'s Dockerfile copies {source}, which does not exist");
        });
        Assert.All(project.Closure(TestSupport.RepositoryRoot.Path), reference =>
        {
            Assert.Contains(reference.Path, sources);
            Assert.Contains(reference.Directory + "/", sources);
        });
        Assert.Contains(project.ProjectReferences, reference => reference.EndsWith("ServiceDefaults.csproj", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_image_runs_the_projects_assembly_as_the_app_user_on_port_8080(string service)
    {
        var project = ProjectFile.Of(DeployFolder.Projects().Single(p => p.Name == service), TestSupport.RepositoryRoot.Path);
        var text = File.ReadAllText(Path.Combine(DeployFolder.Root, "base", service, "Dockerfile"));
        var runtimeStage = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", runtimeStage, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", runtimeStage, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", runtimeStage, StringComparison.Ordinal);
        Assert.EndsWith($"ENTRYPOINT [\"dotnet\", \"{project.AssemblyName}.dll\"]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mcr.microsoft.com/dotnet/sdk", runtimeStage, StringComparison.Ordinal);
    }
}
