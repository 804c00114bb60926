using System.Text;
using CareServices.Deploy.Generator.Kubernetes;

namespace CareServices.Deploy.Generator.Containers;

/// <summary>
/// A multi-stage Dockerfile per deployable: restore from the project files alone (a cached layer until a dependency
/// changes), publish, then only the output on the aspnet runtime image, running as its unprivileged <c>app</c> user.
/// Built from the repository root, since a service is compiled with ServiceDefaults and Contracts.
/// </summary>
public static class Dockerfile
{
    public const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0";
    public const string RuntimeImage = "mcr.microsoft.com/dotnet/aspnet:10.0";

    /// <summary>Files at the root every build reads (SDK pin, shared properties, central package versions, code style).</summary>
    private static readonly string[] RootFiles = [".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json"];

    public static string Render(string name, ProjectFile project, IReadOnlyList<ProjectFile> closure)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(closure);
        var text = new StringBuilder();
        text.Append("# syntax=docker/dockerfile:1\n");
        text.Append($"# {name} {project.Version}: rendered by `dotnet run --project deploy/Generator -- --output deploy/`.\n");
        text.Append($"# Build from the repository root: deploy/build-images.sh {name}\n");
        text.Append($"FROM {SdkImage} AS build\n");
        text.Append("WORKDIR /src\n");
        text.Append($"COPY {string.Join(' ', RootFiles)} ./\n");
        foreach (var file in closure)
        {
            text.Append($"COPY {file.Path} {file.Directory}/\n");
        }
        text.Append($"RUN dotnet restore {project.Path}\n");
        foreach (var file in closure)
        {
            text.Append($"COPY {file.Directory}/ {file.Directory}/\n");
        }
        text.Append($"RUN dotnet publish {project.Path} -c Release --no-restore -o /app -p:UseAppHost=false\n");
        text.Append('\n');
        text.Append($"FROM {RuntimeImage}\n");
        text.Append("WORKDIR /app\n");
        text.Append("COPY --from=build /app ./\n");
        text.Append($"ENV ASPNETCORE_URLS=http://+:{Conventions.ContainerPort}\n");
        text.Append($"EXPOSE {Conventions.ContainerPort}\n");
        text.Append("USER $APP_UID\n");
        text.Append($"ENTRYPOINT [\"dotnet\", \"{project.AssemblyName}.dll\"]\n");
        return text.ToString();
    }

    /// <summary>BuildKit reads <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile: no build output or local data in the context.</summary>
    public const string Ignore = """
        **/bin/
        **/obj/
        **/TestResults/
        .git/
        .data/
        .test-data/
        .bench-data/
        deploy/
        tests/
        bench/

        """;
}
