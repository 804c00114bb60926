namespace CareServices.AppHost.Orchestration;

/// <summary>Where a resource is in its life; the operator dashboard shows these.</summary>
public enum ResourceState
{
    /// <summary>Declared; waiting for what it depends on.</summary>
    Waiting,
    Starting,
    /// <summary>Started and answering its readiness check.</summary>
    Running,
    /// <summary>Running, but its readiness check fails.</summary>
    Unhealthy,
    /// <summary>The process ended on its own.</summary>
    Exited,
    /// <summary>Waiting out the backoff before the next start.</summary>
    Restarting,
    /// <summary>Could not be started at all (e.g. not built).</summary>
    FailedToStart,
    Stopping,
    Stopped,
}
