using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>
/// One NetworkPolicy per deployable, so a compromised pod reaches little. In: a service (the identity provider too)
/// only from the deployables that reference it; the gateway from anywhere (the ingress controller). Out: cluster DNS, the services it calls, the identity provider, and its servers' ports
/// (PostgreSQL, RabbitMQ, Redis), which may be managed servers outside the cluster; HTTPS for a municipality's
/// own identity provider and OTLP for the collector; Notifications also SMTP and HTTPS for its SMS provider.
/// </summary>
public static class NetworkPolicies
{
    public const string NotificationsName = "notifications";

    private static readonly int[] OtlpPorts = [4317, 4318];
    private static readonly int[] MailPorts = [25, 465, 587];
    private const int HttpsPort = 443;

    public static YamlMapping For(ProjectResource project, IReadOnlyList<ProjectResource> all)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(all);
        var name = project.Name;
        var callers = all.Where(p => p.ServiceReferences.Contains(name)).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var ingress = name switch
        {
            ServiceManifests.GatewayName => new YamlMapping { ["ports"] = Ports(Conventions.ContainerPort) },
            _ => new YamlMapping
            {
                ["from"] = new YamlSequence(callers.Select(caller => (YamlNode)new YamlMapping { ["podSelector"] = PodsOf(caller) }).ToList()),
                ["ports"] = Ports(Conventions.ContainerPort),
            },
        };

        var egress = new List<YamlNode>
        {
            // Cluster DNS, wherever the cluster runs it.
            new YamlMapping
            {
                ["to"] = new YamlSequence(new YamlMapping
                {
                    ["namespaceSelector"] = new YamlMapping(),
                    ["podSelector"] = new YamlMapping { ["matchLabels"] = new YamlMapping { ["k8s-app"] = "kube-dns" } },
                }),
                ["ports"] = new YamlSequence(Port(53, "UDP"), Port(53, "TCP")),
            },
        };
        foreach (var callee in project.ServiceReferences.Order(StringComparer.Ordinal))
        {
            egress.Add(new YamlMapping
            {
                ["to"] = new YamlSequence(new YamlMapping { ["podSelector"] = PodsOf(callee) }),
                ["ports"] = Ports(Conventions.ContainerPort),
            });
        }
        var serverPorts = project.ConnectionReferences.Select(r => r.Kind).Distinct().Order().SelectMany(ServerPorts).ToList();
        var otherPorts = serverPorts.Concat(OtlpPorts).Append(HttpsPort)
            .Concat(name == NotificationsName ? MailPorts : [])
            .Distinct().Order().ToList();
        egress.Add(new YamlMapping { ["ports"] = Ports([.. otherPorts]) });

        return new YamlMapping
        {
            ["apiVersion"] = "networking.k8s.io/v1",
            ["kind"] = "NetworkPolicy",
            ["metadata"] = Conventions.Metadata(name, name == ServiceManifests.GatewayName ? "gateway" : "service"),
            ["spec"] = new YamlMapping
            {
                ["podSelector"] = PodsOf(name),
                ["policyTypes"] = new YamlSequence("Ingress", "Egress"),
                ["ingress"] = new YamlSequence(ingress),
                ["egress"] = new YamlSequence(egress),
            },
        };
    }

    /// <summary>The ports of a server, plain and TLS where the server has a TLS port of its own.</summary>
    private static int[] ServerPorts(ServerKind kind) => kind switch
    {
        ServerKind.Postgres => [5432],
        ServerKind.RabbitMQ => [5671, 5672],
        _ => [6379, 6380],
    };

    private static YamlMapping PodsOf(string name) => new() { ["matchLabels"] = Conventions.Selector(name) };

    private static YamlSequence Ports(params int[] ports) => new(ports.Select(port => (YamlNode)Port(port, "TCP")).ToList());

    private static YamlMapping Port(int port, string protocol) => new() { ["protocol"] = protocol, ["port"] = port };
}
