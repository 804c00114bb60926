using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Deploy.Generator;
using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Tests.Manifests;
using CareServices.TestSupport;

namespace CareServices.Deploy.Tests;

/// <summary>Each deployable has its own version: its project's, its image tag, and what it reports on /health and /alive.</summary>
public sealed class ServiceVersionTests
{
    [Fact]
    public void Every_project_sets_its_own_version_and_the_build_script_tags_its_image_with_it()
    {
        var script = File.ReadAllText(Path.Combine(DeployFolder.Root, "build-images.sh"));

        Assert.All(DeployFolder.Projects(), project =>
        {
            var version = ProjectFile.Of(project, RepositoryRoot.Path).Version;
            Assert.Matches(@"^\d+\.\d+\.\d+", version);
            Assert.Contains($"    {project.Name}) echo {version} ;;", script, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_project_without_its_own_version_cannot_be_published()
    {
        var folder = Directory.CreateTempSubdirectory("deploy-tests-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "unversioned"));
            File.WriteAllText(Path.Combine(folder.FullName, "unversioned", "Unversioned.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");

            var error = Assert.Throws<InvalidOperationException>(() => ProjectFile.Of(new ProjectResource("unversioned", "unversioned/Unversioned.csproj", [], [], new Dictionary<string, string>(), [], []), folder.FullName));
            Assert.Contains("<Version>", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_gateway_reports_the_version_its_image_is_tagged_with()
    {
        var gateway = DeployFolder.Projects().Single(p => p.Name == "gateway");
        var version = ProjectFile.Of(gateway, RepositoryRoot.Path).Version;
        await using var factory = new ServiceFactory<Program>(new Dictionary<string, string>());
        using var client = factory.CreateClient();

        var alive = await client.GetFromJsonAsync<JsonElement>("/alive");

        var reported = alive.GetProperty("version").GetString()!;
        Assert.Equal(version, reported.Split('+')[0]);
        Assert.EndsWith($":{version}", DeployFolder.Deployment("gateway").Spec.Template.Spec.Containers.Single().Image, StringComparison.Ordinal);
    }
}
