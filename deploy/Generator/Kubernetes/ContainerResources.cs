using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>CPU and memory per container: requests are what a replica needs at rest, limits what it may burst to.</summary>
public sealed record ContainerResources(string CpuRequest, string MemoryRequest, string CpuLimit, string MemoryLimit)
{
    private static readonly ContainerResources Service = new("100m", "256Mi", "1", "512Mi");

    /// <summary>The planner's searches are CPU-bound and hold a day's problem in memory.</summary>
    private static readonly ContainerResources Planning = new("250m", "512Mi", "2", "1Gi");

    /// <summary>The gateway only proxies: little memory, but CPU under load.</summary>
    private static readonly ContainerResources Gateway = new("100m", "128Mi", "1", "256Mi");

    public static ContainerResources For(string name) => name switch
    {
        "scheduling" => Planning,
        "gateway" => Gateway,
        _ => Service,
    };

    public YamlMapping ToYaml() => new()
    {
        ["requests"] = new YamlMapping { ["cpu"] = CpuRequest, ["memory"] = MemoryRequest },
        ["limits"] = new YamlMapping { ["cpu"] = CpuLimit, ["memory"] = MemoryLimit },
    };
}
