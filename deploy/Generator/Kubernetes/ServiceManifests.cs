using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>A service's base: ConfigMap, Deployment, Service, NetworkPolicy and disruption budget; the gateway adds its Ingress.</summary>
public static class ServiceManifests
{
    public const string LivenessPath = "/alive";
    public const string ReadinessPath = "/health";
    public const string GatewayName = "gateway";

    /// <summary>File name → YAML of <c>base/&lt;name&gt;/</c>, the kustomization included.</summary>
    public static IReadOnlyDictionary<string, string> Render(ProjectResource project, ProjectFile file, IReadOnlyList<ProjectResource> all)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(file);
        var environment = ServiceEnvironment.For(project);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["configmap.yaml"] = YamlWriter.Write(ConfigMap(project.Name, environment)),
            ["deployment.yaml"] = YamlWriter.Write(Deployment(project, file, environment)),
            ["networkpolicy.yaml"] = YamlWriter.Write(NetworkPolicies.For(project, all)),
            ["poddisruptionbudget.yaml"] = YamlWriter.Write(DisruptionBudget(project.Name)),
            ["service.yaml"] = YamlWriter.Write(Service(project.Name)),
        };
        if (project.Name == GatewayName)
        {
            files["ingress.yaml"] = YamlWriter.Write(Ingress(Overlay.ExampleHost, tlsSecret: null));
        }
        files["kustomization.yaml"] = YamlWriter.Write(new YamlMapping
        {
            ["apiVersion"] = Kustomize.ApiVersion,
            ["kind"] = "Kustomization",
            ["resources"] = new YamlSequence(files.Keys.Select(name => (YamlNode)name).ToList()),
        });
        return files;
    }

    public static YamlMapping ConfigMap(string name, ServiceEnvironment environment) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = Conventions.Metadata(Conventions.ConfigMap(name), name, Component(name)),
        ["data"] = YamlMapping.Sorted(environment.Config),
    };

    private static YamlMapping Deployment(ProjectResource project, ProjectFile file, ServiceEnvironment environment)
    {
        var name = project.Name;
        var container = new YamlMapping
        {
            ["name"] = name,
            ["image"] = new YamlScalar($"{Conventions.Image(name)}:{file.Version}"),
            ["imagePullPolicy"] = "IfNotPresent",
            ["ports"] = new YamlSequence(new YamlMapping { ["name"] = "http", ["containerPort"] = Conventions.ContainerPort, ["protocol"] = "TCP" }),
            ["envFrom"] = new YamlSequence(new YamlMapping { ["configMapRef"] = new YamlMapping { ["name"] = Conventions.ConfigMap(name) } }),
            ["env"] = new YamlSequence(environment.Secrets
                .Select(secret => (YamlNode)new YamlMapping { ["name"] = secret.Name, ["valueFrom"] = Conventions.SecretKey(secret.Secret, secret.Key) })
                .ToList()),
            // Migrations run before the host listens: the startup probe gives them time, then liveness takes over.
            ["startupProbe"] = Probe(LivenessPath, periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60),
            ["livenessProbe"] = Probe(LivenessPath, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3),
            // /health asks the database, broker and Redis; a replica that cannot reach them gets no traffic.
            ["readinessProbe"] = Probe(ReadinessPath, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3),
            ["resources"] = ContainerResources.For(name).ToYaml(),
            ["securityContext"] = Security.Container(readOnlyRootFilesystem: true),
            ["volumeMounts"] = new YamlSequence(VolumeMounts(project)),
        };

        return new YamlMapping
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = Conventions.Metadata(name, Component(name)),
            ["spec"] = new YamlMapping
            {
                ["replicas"] = 1,
                ["revisionHistoryLimit"] = 10,
                ["selector"] = new YamlMapping { ["matchLabels"] = Conventions.Selector(name) },
                // A new version takes traffic before an old replica leaves: no gap while one service rolls.
                ["strategy"] = new YamlMapping
                {
                    ["type"] = "RollingUpdate",
                    ["rollingUpdate"] = new YamlMapping { ["maxSurge"] = 1, ["maxUnavailable"] = 0 },
                },
                ["template"] = new YamlMapping
                {
                    ["metadata"] = new YamlMapping { ["labels"] = Conventions.Labels(name, Component(name)) },
                    ["spec"] = new YamlMapping
                    {
                        ["automountServiceAccountToken"] = false,
                        // Service links would add variables the contract does not know.
                        ["enableServiceLinks"] = false,
                        ["securityContext"] = Security.Pod(Conventions.DotnetUserId),
                        // The host stops consumers and the outbox dispatcher on SIGTERM; MassTransit waits up to 15 s.
                        ["terminationGracePeriodSeconds"] = 30,
                        ["containers"] = new YamlSequence(container),
                        // The read-only root leaves /tmp for the runtime's diagnostics socket and temporary files.
                        ["volumes"] = new YamlSequence(Volumes(project)),
                    },
                },
            },
        };
    }

    private static List<YamlNode> VolumeMounts(ProjectResource project)
    {
        var mounts = new List<YamlNode> { new YamlMapping { ["name"] = "tmp", ["mountPath"] = "/tmp" } };
        if (project.Environment.TryGetValue(Conventions.AtRestKeysVariable, out var keyDirectory))
        {
            mounts.Add(new YamlMapping { ["name"] = AtRestKeysVolume, ["mountPath"] = keyDirectory, ["readOnly"] = true });
        }
        return mounts;
    }

    private static List<YamlNode> Volumes(ProjectResource project)
    {
        var volumes = new List<YamlNode>
        {
            new YamlMapping { ["name"] = "tmp", ["emptyDir"] = new YamlMapping { ["sizeLimit"] = "64Mi" } },
        };
        if (project.Environment.ContainsKey(Conventions.AtRestKeysVariable))
        {
            // 0440: the files belong to root and the pod's fsGroup, so the app user reads them and nobody writes them.
            volumes.Add(new YamlMapping
            {
                ["name"] = AtRestKeysVolume,
                ["secret"] = new YamlMapping { ["secretName"] = Conventions.AtRestKeysSecret(project.Name), ["defaultMode"] = 288 },
            });
        }
        return volumes;
    }

    private const string AtRestKeysVolume = "at-rest-keys";

    private static YamlMapping Probe(string path, int periodSeconds, int timeoutSeconds, int failureThreshold) => new()
    {
        ["httpGet"] = new YamlMapping { ["path"] = path, ["port"] = "http" },
        ["periodSeconds"] = periodSeconds,
        ["timeoutSeconds"] = timeoutSeconds,
        ["failureThreshold"] = failureThreshold,
    };

    private static YamlMapping Service(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = Conventions.Metadata(name, Component(name)),
        ["spec"] = new YamlMapping
        {
            ["type"] = "ClusterIP",
            ["selector"] = Conventions.Selector(name),
            ["ports"] = new YamlSequence(new YamlMapping
            {
                ["name"] = "http",
                ["port"] = Conventions.ServicePort,
                ["targetPort"] = "http",
                ["protocol"] = "TCP",
            }),
        },
    };

    /// <summary>A node drain takes one replica at a time, so a service with two or more keeps serving.</summary>
    private static YamlMapping DisruptionBudget(string name) => new()
    {
        ["apiVersion"] = "policy/v1",
        ["kind"] = "PodDisruptionBudget",
        ["metadata"] = Conventions.Metadata(name, Component(name)),
        ["spec"] = new YamlMapping
        {
            ["maxUnavailable"] = 1,
            ["selector"] = new YamlMapping { ["matchLabels"] = Conventions.Selector(name) },
        },
    };

    /// <summary>The one public entry: every request goes through the gateway, which checks tokens and rates.</summary>
    public static YamlMapping Ingress(string host, string? tlsSecret) => new()
    {
        ["apiVersion"] = "networking.k8s.io/v1",
        ["kind"] = "Ingress",
        ["metadata"] = Conventions.Metadata(GatewayName, Component(GatewayName)),
        ["spec"] = new YamlMapping
        {
            ["ingressClassName"] = "nginx",
            ["tls"] = tlsSecret is null
                ? null
                : new YamlSequence(new YamlMapping { ["hosts"] = new YamlSequence(host), ["secretName"] = tlsSecret }),
            ["rules"] = new YamlSequence(new YamlMapping
            {
                ["host"] = host,
                ["http"] = new YamlMapping
                {
                    ["paths"] = new YamlSequence(new YamlMapping
                    {
                        ["path"] = "/",
                        ["pathType"] = "Prefix",
                        ["backend"] = new YamlMapping
                        {
                            ["service"] = new YamlMapping
                            {
                                ["name"] = GatewayName,
                                ["port"] = new YamlMapping { ["name"] = "http" },
                            },
                        },
                    }),
                },
            }),
        },
    };

    private static string Component(string name) => name == GatewayName ? "gateway" : "service";
}
