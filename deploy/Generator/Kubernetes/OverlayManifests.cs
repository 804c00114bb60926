using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>
/// <c>overlays/&lt;env&gt;/</c>: every service's base, one image tag per service (so one service rolls alone by
/// changing its tag), the environment name, the public host and, in production, more replicas.
/// </summary>
public static class OverlayManifests
{
    public const string ServersComponent = "components/in-cluster-servers";

    public static IReadOnlyDictionary<string, string> Render(Overlay overlay, IReadOnlyList<(ProjectResource Project, ProjectFile File)> projects, string registry)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentNullException.ThrowIfNull(projects);
        var sorted = projects.OrderBy(p => p.Project.Name, StringComparer.Ordinal).ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["namespace.yaml"] = YamlWriter.Write(Namespace(overlay.Namespace)),
            ["config.yaml"] = YamlWriter.Write(sorted.Select(p => new YamlMapping
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = new YamlMapping { ["name"] = Conventions.ConfigMap(p.Project.Name) },
                ["data"] = new YamlMapping { ["ASPNETCORE_ENVIRONMENT"] = overlay.AspNetCoreEnvironment },
            })),
            ["ingress.yaml"] = YamlWriter.Write(ServiceManifests.Ingress(overlay.Host, overlay.TlsSecret)),
        };
        var patches = new List<YamlNode> { new YamlMapping { ["path"] = "config.yaml" }, new YamlMapping { ["path"] = "ingress.yaml" } };
        if (overlay.Replicas != 1)
        {
            files["replicas.yaml"] = YamlWriter.Write(sorted.Select(p => new YamlMapping
            {
                ["apiVersion"] = "apps/v1",
                ["kind"] = "Deployment",
                ["metadata"] = new YamlMapping { ["name"] = p.Project.Name },
                ["spec"] = new YamlMapping { ["replicas"] = overlay.Replicas },
            }));
            patches.Add(new YamlMapping { ["path"] = "replicas.yaml" });
        }

        files[Kustomize.FileName] = YamlWriter.Write(new YamlMapping
        {
            ["apiVersion"] = Kustomize.ApiVersion,
            ["kind"] = "Kustomization",
            ["namespace"] = overlay.Namespace,
            ["resources"] = new YamlSequence(
                new YamlNode[] { "namespace.yaml", $"../../base/{DatabaseRoles.Name}" }
                    .Concat(sorted.Select(p => (YamlNode)$"../../base/{p.Project.Name}")).ToList()),
            // Remove this line to reach external servers from dev too.
            ["components"] = overlay.InClusterServers ? new YamlSequence($"../../{ServersComponent}") : null,
            ["images"] = new YamlSequence(sorted.Select(p => (YamlNode)new YamlMapping
            {
                ["name"] = Conventions.Image(p.Project.Name),
                ["newName"] = overlay.FromRegistry ? (YamlNode)$"{registry}/{p.Project.Name}" : null,
                ["newTag"] = new YamlScalar(p.File.Version, Quoted: true),
            }).ToList()),
            ["patches"] = new YamlSequence(patches),
        });
        return files;
    }

    /// <summary>The namespace enforces the "restricted" pod security standard every manifest here meets.</summary>
    private static YamlMapping Namespace(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new YamlMapping
        {
            ["name"] = name,
            ["labels"] = new YamlMapping
            {
                ["app.kubernetes.io/part-of"] = Conventions.PartOf,
                ["pod-security.kubernetes.io/enforce"] = "restricted",
            },
        },
    };
}
