using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>
/// <c>components/in-cluster-servers/</c>: the model's PostgreSQL, RabbitMQ and Redis as single-replica StatefulSets
/// for a development cluster, with passwords from the <c>careservices-servers</c> Secret. Municipalities run managed
/// servers instead; these carry no backup or failover. Images are the versions the tests run against.
/// </summary>
public static class ServerManifests
{
    public const string PostgresPasswordKey = "postgres-password";
    public const string RabbitMQPasswordKey = "rabbitmq-password";
    public const string RedisPasswordKey = "redis-password";
    public const string RabbitMQUser = "careservices";

    public const int PostgresPort = 5432;
    public const int RabbitMQPort = 5672;
    public const int RedisPort = 6379;

    /// <summary>The postgres, rabbitmq and redis users of the official images.</summary>
    public const int ServerUserId = 999;
    public const string PostgresImage = "postgres:15";

    public static IReadOnlyDictionary<string, string> Render(IReadOnlyList<ServerResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var documents = resource.Kind switch
            {
                ServerKind.Postgres => Postgres(resource.Name),
                ServerKind.RabbitMQ => RabbitMQ(resource.Name),
                _ => Redis(resource.Name),
            };
            files[$"{resource.Name}.yaml"] = YamlWriter.Write(documents);
        }
        files[Kustomize.FileName] = YamlWriter.Write(new YamlMapping
        {
            ["apiVersion"] = Kustomize.ComponentApiVersion,
            ["kind"] = "Component",
            ["resources"] = new YamlSequence(files.Keys.Select(name => (YamlNode)name).ToList()),
        });
        return files;
    }

    private static YamlMapping[] Postgres(string name) =>
    [
        HeadlessService(name, ("postgres", PostgresPort)),
        StatefulSet(name, new YamlMapping
        {
            ["name"] = name,
            ["image"] = PostgresImage,
            ["ports"] = Ports(("postgres", PostgresPort)),
            ["env"] = new YamlSequence(
                new YamlMapping { ["name"] = "POSTGRES_PASSWORD", ["valueFrom"] = Conventions.SecretKey(Conventions.ServersSecret, PostgresPasswordKey) },
                new YamlMapping { ["name"] = "PGDATA", ["value"] = "/var/lib/postgresql/data/pgdata" }),
            ["livenessProbe"] = Exec(["pg_isready", "-U", "postgres", "-h", "127.0.0.1"], periodSeconds: 10),
            ["readinessProbe"] = Exec(["pg_isready", "-U", "postgres", "-h", "127.0.0.1"], periodSeconds: 5),
            ["resources"] = new ContainerResources("250m", "256Mi", "2", "1Gi").ToYaml(),
            ["securityContext"] = Security.Container(readOnlyRootFilesystem: true),
            ["volumeMounts"] = Mounts(("data", "/var/lib/postgresql/data"), ("run", "/var/run/postgresql"), ("tmp", "/tmp")),
        }, emptyDirs: ["run", "tmp"], storage: "5Gi"),
    ];

    private static YamlMapping[] RabbitMQ(string name) =>
    [
        HeadlessService(name, ("amqp", RabbitMQPort), ("management", 15672)),
        StatefulSet(name, new YamlMapping
        {
            ["name"] = name,
            ["image"] = "rabbitmq:3.10-management",
            ["ports"] = Ports(("amqp", RabbitMQPort), ("management", 15672)),
            ["env"] = new YamlSequence(
                new YamlMapping { ["name"] = "RABBITMQ_DEFAULT_USER", ["value"] = RabbitMQUser },
                new YamlMapping { ["name"] = "RABBITMQ_DEFAULT_PASS", ["valueFrom"] = Conventions.SecretKey(Conventions.ServersSecret, RabbitMQPasswordKey) }),
            ["livenessProbe"] = Exec(["rabbitmq-diagnostics", "-q", "ping"], periodSeconds: 30, timeoutSeconds: 15),
            ["readinessProbe"] = Exec(["rabbitmq-diagnostics", "-q", "check_port_connectivity"], periodSeconds: 15, timeoutSeconds: 15),
            ["resources"] = new ContainerResources("250m", "512Mi", "1", "1Gi").ToYaml(),
            // The image's entry point writes the default user into /etc/rabbitmq at start, so its root stays writable.
            ["securityContext"] = Security.Container(readOnlyRootFilesystem: false),
            ["volumeMounts"] = Mounts(("data", "/var/lib/rabbitmq")),
        }, emptyDirs: [], storage: "2Gi"),
    ];

    private static YamlMapping[] Redis(string name) =>
    [
        HeadlessService(name, ("redis", RedisPort)),
        StatefulSet(name, new YamlMapping
        {
            ["name"] = name,
            ["image"] = "redis:7",
            // Kubernetes expands $(REDIS_PASSWORD) from the variable below; the value never appears here.
            ["args"] = new YamlSequence("--requirepass", "$(REDIS_PASSWORD)", "--appendonly", "yes", "--dir", "/data"),
            ["ports"] = Ports(("redis", RedisPort)),
            ["env"] = new YamlSequence(
                new YamlMapping { ["name"] = "REDIS_PASSWORD", ["valueFrom"] = Conventions.SecretKey(Conventions.ServersSecret, RedisPasswordKey) }),
            ["livenessProbe"] = new YamlMapping { ["tcpSocket"] = new YamlMapping { ["port"] = "redis" }, ["periodSeconds"] = 10 },
            ["readinessProbe"] = Exec(["sh", "-c", "redis-cli --no-auth-warning -a \"$REDIS_PASSWORD\" ping | grep -q PONG"], periodSeconds: 5),
            ["resources"] = new ContainerResources("100m", "128Mi", "1", "512Mi").ToYaml(),
            ["securityContext"] = Security.Container(readOnlyRootFilesystem: true),
            ["volumeMounts"] = Mounts(("data", "/data")),
        }, emptyDirs: [], storage: "1Gi"),
    ];

    /// <summary>Headless, so the StatefulSet's pod is reached by the resource name the connection strings use.</summary>
    private static YamlMapping HeadlessService(string name, params (string Name, int Port)[] ports) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = Conventions.Metadata(name, "server"),
        ["spec"] = new YamlMapping
        {
            ["clusterIP"] = "None",
            ["selector"] = Conventions.Selector(name),
            ["ports"] = new YamlSequence(ports.Select(p => (YamlNode)new YamlMapping
            {
                ["name"] = p.Name,
                ["port"] = p.Port,
                ["targetPort"] = p.Name,
                ["protocol"] = "TCP",
            }).ToList()),
        },
    };

    private static YamlMapping StatefulSet(string name, YamlMapping container, string[] emptyDirs, string storage) => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "StatefulSet",
        ["metadata"] = Conventions.Metadata(name, "server"),
        ["spec"] = new YamlMapping
        {
            ["serviceName"] = name,
            ["replicas"] = 1,
            ["selector"] = new YamlMapping { ["matchLabels"] = Conventions.Selector(name) },
            ["template"] = new YamlMapping
            {
                ["metadata"] = new YamlMapping { ["labels"] = Conventions.Labels(name, "server") },
                ["spec"] = new YamlMapping
                {
                    ["automountServiceAccountToken"] = false,
                    ["enableServiceLinks"] = false,
                    ["securityContext"] = Security.Pod(ServerUserId),
                    ["containers"] = new YamlSequence(container),
                    ["volumes"] = emptyDirs.Length == 0
                        ? null
                        : new YamlSequence(emptyDirs.Select(dir => (YamlNode)new YamlMapping { ["name"] = dir, ["emptyDir"] = new YamlMapping() }).ToList()),
                },
            },
            ["volumeClaimTemplates"] = new YamlSequence(new YamlMapping
            {
                ["metadata"] = new YamlMapping { ["name"] = "data" },
                ["spec"] = new YamlMapping
                {
                    ["accessModes"] = new YamlSequence("ReadWriteOnce"),
                    ["resources"] = new YamlMapping { ["requests"] = new YamlMapping { ["storage"] = storage } },
                },
            }),
        },
    };

    private static YamlSequence Ports(params (string Name, int Port)[] ports) =>
        new(ports.Select(p => (YamlNode)new YamlMapping { ["name"] = p.Name, ["containerPort"] = p.Port, ["protocol"] = "TCP" }).ToList());

    private static YamlSequence Mounts(params (string Name, string Path)[] mounts) =>
        new(mounts.Select(m => (YamlNode)new YamlMapping { ["name"] = m.Name, ["mountPath"] = m.Path }).ToList());

    private static YamlMapping Exec(string[] command, int periodSeconds, int timeoutSeconds = 5) => new()
    {
        ["exec"] = new YamlMapping { ["command"] = new YamlSequence(command.Select(part => (YamlNode)part).ToList()) },
        ["periodSeconds"] = periodSeconds,
        ["timeoutSeconds"] = timeoutSeconds,
    };
}
