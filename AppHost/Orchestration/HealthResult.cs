namespace CareServices.AppHost.Orchestration;

/// <summary>The outcome of one readiness check.</summary>
internal sealed record HealthResult(bool IsHealthy, string? Reason)
{
    public static HealthResult Healthy { get; } = new(true, null);
}
