using CareServices.Deploy.Generator;
using CareServices.Deploy.Generator.Manifest;
using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>The committed <c>deploy/</c> folder, the Aspire manifest it is rendered from, and its manifests parsed.</summary>
public static class DeployFolder
{
    public const string RenderCommand = "dotnet run --project deploy/Generator -- --output deploy/";

    /// <summary>Not rendered: written by hand, the generator itself, and its input (checked against the AppHost separately).</summary>
    public static readonly string[] HandWritten = ["README.md", AspireManifest.FileName];

    public const string GeneratorFolder = "Generator/";

    public static string Root { get; } = Path.Combine(TestSupport.RepositoryRoot.Path, "deploy");

    public static AspireManifest Model() => AspireManifest.Load(Path.Combine(Root, AspireManifest.FileName), TestSupport.RepositoryRoot.Path);

    public static IReadOnlyList<ProjectResource> Projects() => Model().Projects;

    public static IReadOnlyDictionary<string, string> Render() => DeploymentPublisher.Render(Model(), TestSupport.RepositoryRoot.Path);

    /// <summary>Every committed file, relative with <c>/</c>, except the hand-written ones.</summary>
    public static IReadOnlyList<string> CommittedFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !HandWritten.Contains(path) && !path.StartsWith(GeneratorFolder, StringComparison.Ordinal))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<string> YamlFiles() => CommittedFiles().Where(path => path.EndsWith(".yaml", StringComparison.Ordinal));

    /// <summary>Every Kubernetes object in every manifest (kustomization files aside), parsed strictly: an unknown field fails.</summary>
    public static IReadOnlyList<(string File, IKubernetesObject Object)> Objects() => LazyObjects.Value;

    private static readonly Lazy<IReadOnlyList<(string, IKubernetesObject)>> LazyObjects = new(() =>
        YamlFiles()
            .Where(path => Path.GetFileName(path) != "kustomization.yaml")
            .SelectMany(path => KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(Root, path)), null, true)
                .Select(o => (path, (IKubernetesObject)o)))
            .ToList());

    public static IEnumerable<T> Objects<T>(string? under = null)
        where T : IKubernetesObject =>
        Objects().Where(o => under is null || o.File.StartsWith(under, StringComparison.Ordinal)).Select(o => o.Object).OfType<T>();

    public static V1Deployment Deployment(string service) =>
        Assert.Single(Objects<V1Deployment>($"base/{service}/"), d => d.Metadata.Name == service);

    public static V1ConfigMap ConfigMap(string service, string name) =>
        Assert.Single(Objects<V1ConfigMap>($"base/{service}/"), c => c.Metadata.Name == name);

    /// <summary>A kustomization file as a YAML mapping (Kustomize's own kinds are not Kubernetes objects).</summary>
    public static YamlMappingNode Kustomization(string folder)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Root, folder, "kustomization.yaml")));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static IReadOnlyList<string> Strings(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Children.Select(item => item switch
            {
                YamlScalarNode scalar => scalar.Value!,
                YamlMappingNode map => ((YamlScalarNode)map.Children[new YamlScalarNode("path")]).Value!,
                _ => throw new InvalidOperationException($"Unexpected {key} entry."),
            }).ToList()
            : [];
}
