namespace CareServices.AppHost.Orchestration;

/// <summary>A resource's state at one moment, as the resource API and the console show it.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    ResourceState State,
    int? ProcessId,
    DateTimeOffset? StartedAt,
    double? UptimeSeconds,
    int RestartCount,
    int? ExitCode,
    Uri? Endpoint,
    string? Detail);
