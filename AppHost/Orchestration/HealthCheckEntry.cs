namespace CareServices.AppHost.Orchestration;

/// <summary>One check of a project's <c>/health</c> answer (database, broker, Redis …).</summary>
public sealed record HealthCheckEntry(string Name, string Status, double? DurationMs, string? Description);
