using CareServices.Deploy.Generator;
using k8s.Models;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>The Kustomize tree hangs together: every path it names exists, overlays cover every base and tag every image.</summary>
public sealed class KustomizeTests
{
    private static readonly string[] Environments = ["dev", "production", "staging"];

    public static TheoryData<string> Kustomizations() => new(KustomizationFolders());

    private static List<string> KustomizationFolders() =>
        DeployFolder.CommittedFiles()
            .Where(path => Path.GetFileName(path) == "kustomization.yaml")
            .Select(path => Path.GetDirectoryName(path)!.Replace('\\', '/'))
            .ToList();

    [Fact]
    public void There_is_a_base_per_project_and_an_overlay_per_environment()
    {
        var folders = KustomizationFolders();

        Assert.All(DeployFolder.Projects(), project => Assert.Contains($"base/{project.Name}", folders));
        Assert.All(Environments, environment => Assert.Contains($"overlays/{environment}", folders));
        Assert.Contains("components/in-cluster-servers", folders);
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Every_path_a_kustomization_names_exists(string folder)
    {
        var kustomization = DeployFolder.Kustomization(folder);
        var paths = DeployFolder.Strings(kustomization, "resources")
            .Concat(DeployFolder.Strings(kustomization, "components"))
            .Concat(DeployFolder.Strings(kustomization, "patches"))
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path =>
        {
            var full = Path.GetFullPath(Path.Combine(DeployFolder.Root, folder, path));
            Assert.True(File.Exists(full) || File.Exists(Path.Combine(full, "kustomization.yaml")),
                $"{folder}/kustomization.yaml names {path}, which is neither a file nor a kustomization folder");
        });
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Every_manifest_in_a_folder_is_listed_by_its_kustomization(string folder)
    {
        var kustomization = DeployFolder.Kustomization(folder);
        var listed = DeployFolder.Strings(kustomization, "resources").Concat(DeployFolder.Strings(kustomization, "patches")).ToHashSet();
        var manifests = Directory.GetFiles(Path.Combine(DeployFolder.Root, folder), "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => name != "kustomization.yaml");

        Assert.All(manifests, manifest => Assert.Contains(manifest!, listed));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("staging")]
    [InlineData("production")]
    public void An_overlay_includes_every_base_and_tags_every_image_with_its_projects_version(string environment)
    {
        var kustomization = DeployFolder.Kustomization($"overlays/{environment}");
        var images = ((YamlDotNet.RepresentationModel.YamlSequenceNode)kustomization.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("images")])
            .Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .ToDictionary(image => Value(image, "name"), image => Value(image, "newTag"));

        foreach (var project in DeployFolder.Projects())
        {
            Assert.Contains($"../../base/{project.Name}", DeployFolder.Strings(kustomization, "resources"));
            var version = ProjectFile.Of(project, TestSupport.RepositoryRoot.Path).Version;
            var image = DeployFolder.Deployment(project.Name).Spec.Template.Spec.Containers.Single().Image;
            // The overlay's entry must name the base's image exactly, or Kustomize leaves the tag alone.
            Assert.Equal($"careservices/{project.Name}:{version}", image);
            Assert.Equal(version, images[$"careservices/{project.Name}"]);
        }
        Assert.Equal(DeployFolder.Projects().Count, images.Count);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("staging")]
    [InlineData("production")]
    public void An_overlays_patches_target_objects_of_its_bases(string environment)
    {
        var patches = DeployFolder.Objects().Where(o => o.File.StartsWith($"overlays/{environment}/", StringComparison.Ordinal)
                                                        && o.Object is not V1Namespace).ToList();
        var bases = DeployFolder.Objects().Where(o => o.File.StartsWith("base/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(patches);
        Assert.All(patches, patch => Assert.Contains(bases, b =>
            b.Object.Kind == patch.Object.Kind && ((IMetadata<V1ObjectMeta>)b.Object).Metadata.Name == ((IMetadata<V1ObjectMeta>)patch.Object).Metadata.Name));
        var environmentName = Assert.Single(DeployFolder.Objects<V1ConfigMap>($"overlays/{environment}/")
            .Select(c => c.Data["ASPNETCORE_ENVIRONMENT"]).Distinct());
        Assert.Equal(environment switch { "dev" => "Development", "staging" => "Staging", _ => "Production" }, environmentName);
    }

    [Fact]
    public void Only_the_dev_overlay_runs_the_servers_in_the_cluster_as_stateful_sets()
    {
        Assert.Equal(["../../components/in-cluster-servers"], DeployFolder.Strings(DeployFolder.Kustomization("overlays/dev"), "components"));
        Assert.Empty(DeployFolder.Strings(DeployFolder.Kustomization("overlays/staging"), "components"));
        Assert.Empty(DeployFolder.Strings(DeployFolder.Kustomization("overlays/production"), "components"));

        var servers = DeployFolder.Model().Servers.Select(r => r.Name);
        var statefulSets = DeployFolder.Objects<V1StatefulSet>("components/in-cluster-servers/").ToList();
        Assert.Equal(servers.Order(), statefulSets.Select(s => s.Metadata.Name).Order());
        Assert.All(statefulSets, set =>
        {
            Assert.True(set.Spec.Template.Spec.SecurityContext.RunAsNonRoot);
            Assert.NotEmpty(set.Spec.VolumeClaimTemplates);
            Assert.Contains(DeployFolder.Objects<V1Service>("components/"), s => s.Metadata.Name == set.Spec.ServiceName);
        });
    }

    [Fact]
    public void Production_runs_two_replicas_of_everything()
    {
        var replicas = DeployFolder.Objects<V1Deployment>("overlays/production/").ToList();

        Assert.Equal(DeployFolder.Projects().Select(p => p.Name).Order(), replicas.Select(d => d.Metadata.Name).Order());
        Assert.All(replicas, deployment => Assert.Equal(2, deployment.Spec.Replicas));
    }

    private static string Value(YamlDotNet.RepresentationModel.YamlMappingNode node, string key) =>
        ((YamlDotNet.RepresentationModel.YamlScalarNode)node.Children[new YamlDotNet.RepresentationModel.YamlScalarNode(key)]).Value!;
}
