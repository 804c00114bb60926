using System.Text.RegularExpressions;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Model;

/// <summary>Declares the resources of the distributed application, in the shape of Aspire's builder.</summary>
public sealed partial class DistributedApplicationBuilder(AppHostOptions options)
{
    private readonly List<Resource> _resources = [];

    public AppHostOptions Options { get; } = options;

    public IReadOnlyList<Resource> Resources => _resources;

    public PostgresServerResource AddPostgres(string name) => Add(new PostgresServerResource(name, this));

    public RabbitMQServerResource AddRabbitMQ(string name) => Add(new RabbitMQServerResource(name));

    public RedisResource AddRedis(string name) => Add(new RedisResource(name));

    /// <summary>A project run from its build output; <paramref name="projectDirectory"/> is relative to the repository root.</summary>
    public ProjectResource AddProject(string name, string projectDirectory) => Add(new ProjectResource(name, projectDirectory));

    public DistributedApplication Build()
    {
        foreach (var kind in new[] { "postgres", "rabbitmq", "redis" })
        {
            if (_resources.Count(r => r.Kind == kind) > 1)
            {
                throw new InvalidOperationException($"Only one {kind} server can be declared: scripts/servers.sh runs one of each.");
            }
        }

        foreach (var resource in _resources)
        {
            var unknown = resource.WaitsFor.FirstOrDefault(dependency => !_resources.Contains(dependency));
            if (unknown is not null)
            {
                throw new InvalidOperationException($"'{resource.Name}' waits for '{unknown.Name}', which is not declared.");
            }
        }

        return new DistributedApplication(Options, _resources.ToList());
    }

    internal T Add<T>(T resource)
        where T : Resource
    {
        if (!ResourceName().IsMatch(resource.Name))
        {
            throw new ArgumentException($"Resource name '{resource.Name}' must be lowercase letters and digits, no hyphens.");
        }

        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new ArgumentException($"A resource named '{resource.Name}' is already declared.");
        }

        _resources.Add(resource);
        return resource;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex ResourceName();
}
