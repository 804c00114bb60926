using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareServices.Deploy.Generator.Manifest;

public enum ServerKind
{
    Postgres,
    RabbitMQ,
    Redis,
}

/// <summary>A server of the application model (rendered as an in-cluster StatefulSet for a development cluster).</summary>
public sealed record ServerResource(string Name, ServerKind Kind);

/// <summary>A connection string a project is given: a database (<see cref="ServerKind.Postgres"/>), the broker or Redis.</summary>
public sealed record ConnectionReference(string Name, ServerKind Kind);

/// <summary>A variable a project takes from a secret parameter of the model (a client secret, a signing key).</summary>
public sealed record SecretReference(string Variable, string Parameter);

/// <summary>A deployable .NET project of the model with what it references.</summary>
/// <param name="ProjectPath">Repository-relative path of its project file, with <c>/</c>.</param>
/// <param name="Environment">Plain configuration values the model gives it beyond the environment contract.</param>
/// <param name="ContractVariables">The contract variables the AppHost hands it (connection strings, service addresses, JWT settings).</param>
/// <param name="SecretReferences">Variables whose values are secret parameters: a cluster gives them from Secrets.</param>
public sealed record ProjectResource(
    string Name,
    string ProjectPath,
    IReadOnlyList<ConnectionReference> ConnectionReferences,
    IReadOnlyList<string> ServiceReferences,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> ContractVariables,
    IReadOnlyList<SecretReference> SecretReferences);

/// <summary>
/// The application model as Aspire's manifest publisher writes it (<c>aspire-manifest.json</c>): the projects with
/// their <c>ConnectionStrings__*</c> and <c>services__*</c> references, their secret parameters, and the servers.
/// Variables Aspire adds for its own local telemetry and binding (<c>OTEL_*</c>, <c>HTTP_PORTS</c>, forwarded headers)
/// are left to the cluster's own conventions (<see cref="Kubernetes.ServiceEnvironment"/>).
/// </summary>
public sealed partial record AspireManifest(IReadOnlyList<ProjectResource> Projects, IReadOnlyList<ServerResource> Servers)
{
    public const string FileName = "aspire-manifest.json";

    private static readonly string[] ContractPrefixes = ["ConnectionStrings__", "services__", "OTEL_", "ASPNETCORE_", "HTTP_PORTS", "HTTPS_PORTS"];

    /// <summary>Reads a manifest; project paths in it are relative to the manifest's folder.</summary>
    public static AspireManifest Load(string path, string repositoryRoot)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var resources = document.RootElement.GetProperty("resources").EnumerateObject().ToList();
        var servers = new List<ServerResource>();
        foreach (var resource in resources.Where(r => Type(r).StartsWith("container.", StringComparison.Ordinal)))
        {
            var image = resource.Value.TryGetProperty("image", out var value) ? value.GetString() ?? string.Empty : string.Empty;
            ServerKind? kind = image switch
            {
                _ when image.Contains("postgres", StringComparison.Ordinal) => ServerKind.Postgres,
                _ when image.Contains("rabbitmq", StringComparison.Ordinal) => ServerKind.RabbitMQ,
                _ when image.Contains("redis", StringComparison.Ordinal) => ServerKind.Redis,
                _ => null,
            };
            if (kind is { } known)
            {
                servers.Add(new ServerResource(resource.Name, known));
            }
        }

        var kinds = servers.ToDictionary(s => s.Name, s => s.Kind, StringComparer.Ordinal);
        // A database is a connection string on top of its server's.
        foreach (var resource in resources.Where(r => Type(r) == "value.v0"))
        {
            var connection = resource.Value.TryGetProperty("connectionString", out var value) ? value.GetString() ?? string.Empty : string.Empty;
            if (Reference().Match(connection) is { Success: true } match && kinds.TryGetValue(match.Groups["resource"].Value, out var server))
            {
                kinds[resource.Name] = server;
            }
        }

        var secretParameters = resources
            .Where(r => Type(r) == "parameter.v0" && r.Value.TryGetProperty("inputs", out var inputs)
                && inputs.TryGetProperty("value", out var input) && input.TryGetProperty("secret", out var secret) && secret.GetBoolean())
            .Select(r => r.Name)
            .ToHashSet(StringComparer.Ordinal);
        var manifestDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var projects = resources.Where(r => Type(r) == "project.v0" || Type(r) == "project.v1")
            .Select(r => Project(r, kinds, secretParameters, manifestDirectory, repositoryRoot))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new AspireManifest(projects, servers.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());
    }

    private static ProjectResource Project(
        JsonProperty resource, Dictionary<string, ServerKind> kinds, HashSet<string> secretParameters, string manifestDirectory, string repositoryRoot)
    {
        var path = Path.GetRelativePath(repositoryRoot, Path.GetFullPath(resource.Value.GetProperty("path").GetString()!, manifestDirectory)).Replace('\\', '/');
        var connections = new List<ConnectionReference>();
        var services = new List<string>();
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var contract = new SortedSet<string>(StringComparer.Ordinal);
        var secrets = new List<SecretReference>();
        if (resource.Value.TryGetProperty("env", out var env))
        {
            var variables = env.EnumerateObject().ToList();
            // WithReference also hands out a reference's parts (ASSESSMENTDB_HOST, RABBITMQ_URI …); the services read
            // only the connection strings and service addresses, so the parts stay out of the cluster's environment.
            var parts = variables
                .Where(v => v.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || v.Name.StartsWith("services__", StringComparison.Ordinal))
                .Select(v => v.Name.Split("__")[1].ToUpperInvariant() + "_")
                .ToList();
            foreach (var variable in variables.Where(v => !parts.Any(prefix => v.Name.StartsWith(prefix, StringComparison.Ordinal))))
            {
                var value = variable.Value.GetString() ?? string.Empty;
                if (ParameterValue().Match(value) is { Success: true } parameter && secretParameters.Contains(parameter.Groups["parameter"].Value))
                {
                    secrets.Add(new SecretReference(variable.Name, parameter.Groups["parameter"].Value));
                }
                else if (variable.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                {
                    contract.Add(variable.Name);
                    var name = variable.Name["ConnectionStrings__".Length..];
                    connections.Add(new ConnectionReference(name, kinds.TryGetValue(name, out var kind)
                        ? kind
                        : throw new InvalidOperationException($"{resource.Name}: {variable.Name} refers to no known server or database.")));
                }
                else if (variable.Name.StartsWith("services__", StringComparison.Ordinal) && variable.Name.EndsWith("__http__0", StringComparison.Ordinal))
                {
                    contract.Add(variable.Name);
                    services.Add(variable.Name.Split("__")[1]);
                }
                else if (!ContractPrefixes.Any(prefix => variable.Name.StartsWith(prefix, StringComparison.Ordinal)) && !value.Contains('{', StringComparison.Ordinal))
                {
                    environment[variable.Name] = value;
                }
            }
        }

        return new ProjectResource(resource.Name, path,
            connections.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            services.Order(StringComparer.Ordinal).ToList(),
            environment,
            contract.ToList(),
            secrets.OrderBy(s => s.Variable, StringComparer.Ordinal).ToList());
    }

    private static string Type(JsonProperty resource) =>
        resource.Value.TryGetProperty("type", out var type) ? type.GetString() ?? string.Empty : string.Empty;

    [GeneratedRegex(@"^\{(?<resource>[a-z0-9-]+)\.connectionString\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\{(?<parameter>[a-z0-9-]+)\.value\}$")]
    private static partial Regex ParameterValue();
}
