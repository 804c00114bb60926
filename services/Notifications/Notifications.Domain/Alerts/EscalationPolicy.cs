namespace CareServices.Notifications.Domain.Alerts;

/// <summary>How long a missed-visit alert may stay unacknowledged, counted from when it was raised, before each next step.</summary>
public sealed record EscalationPolicy(TimeSpan ToContactPersonAndUnitLeaders, TimeSpan ToRelatives)
{
    public static EscalationPolicy Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

    /// <summary>When the step after <paramref name="taken"/> is due, or null after the last.</summary>
    public TimeSpan? NextAfter(AlertLevel taken) => taken switch
    {
        AlertLevel.Planners => ToContactPersonAndUnitLeaders,
        AlertLevel.ContactPersonAndUnitLeaders => ToRelatives,
        _ => null,
    };
}
