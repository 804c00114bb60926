namespace CareServices.AppHost.Dashboard;

/// <summary>What an operator can do to a project from the dashboard.</summary>
public enum ResourceCommand
{
    Stop,
    Start,
    Restart,
}
