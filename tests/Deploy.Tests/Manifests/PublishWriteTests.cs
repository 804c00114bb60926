using CareServices.Deploy.Generator;

namespace CareServices.Deploy.Tests.Manifests;

public sealed class PublishWriteTests
{
    [Fact]
    public async Task Writing_a_render_replaces_stale_files_in_the_owned_folders_and_keeps_the_rest()
    {
        var output = Directory.CreateTempSubdirectory("deploy-publish-");
        try
        {
            Directory.CreateDirectory(Path.Combine(output.FullName, "base", "retired"));
            await File.WriteAllTextAsync(Path.Combine(output.FullName, "base", "retired", "deployment.yaml"), "stale");
            await File.WriteAllTextAsync(Path.Combine(output.FullName, "README.md"), "hand-written");
            var rendered = DeployFolder.Render();

            var removed = await DeploymentPublisher.WriteAsync(rendered, output.FullName);

            Assert.Equal(1, removed);
            Assert.False(File.Exists(Path.Combine(output.FullName, "base", "retired", "deployment.yaml")));
            Assert.Equal("hand-written", await File.ReadAllTextAsync(Path.Combine(output.FullName, "README.md")));
            Assert.All(rendered, file => Assert.Equal(file.Value, File.ReadAllText(Path.Combine(output.FullName, file.Key))));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new string[0], "needs --output")]
    [InlineData(new[] { "--output" }, "needs a value")]
    [InlineData(new[] { "--output", "deploy", "--force" }, "Unknown generator option")]
    public void Bad_publish_arguments_say_what_is_wrong(string[] args, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => PublishOptions.Parse(args)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_registry_option_names_the_staging_and_production_images()
    {
        var options = PublishOptions.Parse(["--output", "out", "--registry", "registry.kommune.no/care/"]);
        var rendered = DeploymentPublisher.Render(DeployFolder.Model(), TestSupport.RepositoryRoot.Path, options.Registry);

        Assert.Equal("out", options.OutputDirectory);
        Assert.Contains("newName: registry.kommune.no/care/assessment", rendered["overlays/production/kustomization.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("newName:", rendered["overlays/dev/kustomization.yaml"], StringComparison.Ordinal);
    }
}
