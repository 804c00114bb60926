namespace CareServices.AppHost.Orchestration;

/// <summary>The outcome of one readiness check, with each named check the project reported.</summary>
public sealed record HealthResult(bool IsHealthy, string? Reason)
{
    public static HealthResult Healthy { get; } = new(true, null);

    public IReadOnlyList<HealthCheckEntry> Checks { get; init; } = [];
}
