namespace CareServices.AppHost.Model;

/// <summary>
/// A .NET project run as a child process from its built output. References become the Aspire environment
/// contract (<c>ConnectionStrings__*</c>, <c>services__*__http__0</c>); waits order the start.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory) : Resource(name)
{
    private readonly List<IResourceWithConnectionString> _connections = [];
    private readonly List<ProjectResource> _services = [];
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public override string Kind => "project";

    /// <summary>Relative to the repository root, e.g. <c>services/Assessment/Assessment.Api</c>.</summary>
    public string ProjectDirectory { get; } = projectDirectory;

    /// <summary>Fixed HTTP port, or null for a free one chosen at start.</summary>
    public int? HttpPort { get; private set; }

    /// <summary>Host name in <c>ASPNETCORE_URLS</c>; the gateway uses <c>localhost</c> so its address is stable.</summary>
    public string HttpHost { get; private set; } = "127.0.0.1";

    public IReadOnlyList<IResourceWithConnectionString> ConnectionReferences => _connections;

    public IReadOnlyList<ProjectResource> ServiceReferences => _services;

    public IReadOnlyDictionary<string, string> Environment => _environment;

    public ProjectResource WithReference(IResourceWithConnectionString resource)
    {
        _connections.Add(resource);
        return this;
    }

    public ProjectResource WithReference(ProjectResource service)
    {
        _services.Add(service);
        return this;
    }

    public ProjectResource WaitFor(Resource resource)
    {
        WaitsFor.Add(resource);
        return this;
    }

    /// <summary>A fixed port; 0 keeps the choice of a free port. The host stays as given.</summary>
    public ProjectResource WithHttpEndpoint(int? port = null, string host = "127.0.0.1")
    {
        HttpPort = port is 0 ? null : port;
        HttpHost = host;
        return this;
    }

    public ProjectResource WithEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }
}
