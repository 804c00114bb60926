namespace CareServices.AppHost.Orchestration;

/// <summary>Where a console line came from.</summary>
public enum LogStream
{
    Output,
    Error,
    /// <summary>Written by the AppHost about the resource (started, exited, restarting).</summary>
    AppHost,
}
