using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Dashboard.Api;

/// <summary>One resource with its last health check and its environment, secrets masked.</summary>
internal sealed record ResourceDetails(
    ResourceSnapshot Resource,
    DateTimeOffset? HealthCheckedAt,
    bool? Healthy,
    IReadOnlyList<HealthCheckEntry> HealthChecks,
    IReadOnlyDictionary<string, string> Environment)
{
    public static ResourceDetails From(ResourceStatus status)
    {
        var health = status.LastHealth;
        return new ResourceDetails(
            status.Snapshot(),
            health?.CheckedAt,
            health?.Result.IsHealthy,
            health?.Result.Checks ?? [],
            status.Environment.OrderBy(e => e.Key, StringComparer.Ordinal)
                .ToDictionary(e => e.Key, e => SecretMasking.MaskValue(e.Key, e.Value), StringComparer.Ordinal));
    }
}
