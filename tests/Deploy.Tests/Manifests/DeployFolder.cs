using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Publishing;
using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>The committed <c>deploy/</c> folder, the model it is rendered from, and its manifests parsed.</summary>
public static class DeployFolder
{
    public const string RenderCommand = "dotnet run --project AppHost -- publish --output deploy/";

    /// <summary>Written by hand, so not rendered.</summary>
    public static readonly string[] HandWritten = ["README.md"];

    public static string Root { get; } = Path.Combine(TestSupport.RepositoryRoot.Path, "deploy");

    public static IReadOnlyList<Resource> Model()
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions());
        CareServices.AppHost.Program.Declare(builder);
        return builder.Resources;
    }

    public static IReadOnlyList<ProjectResource> Projects() => Model().OfType<ProjectResource>().ToList();

    public static IReadOnlyDictionary<string, string> Render() => DeploymentPublisher.Render(Model(), TestSupport.RepositoryRoot.Path);

    /// <summary>Every committed file, relative with <c>/</c>, except the hand-written ones.</summary>
    public static IReadOnlyList<string> CommittedFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !HandWritten.Contains(path))
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
