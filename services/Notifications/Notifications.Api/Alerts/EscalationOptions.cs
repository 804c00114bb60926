using CareServices.Notifications.Domain.Alerts;

namespace CareServices.Notifications.Api.Alerts;

/// <summary>Configuration section <c>Notifications:Escalation</c>.</summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Notifications:Escalation";

    /// <summary>How often a worker looks for alerts whose next step is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ToContactPersonAndUnitLeaders { get; set; } = EscalationPolicy.Default.ToContactPersonAndUnitLeaders;
    public TimeSpan ToRelatives { get; set; } = EscalationPolicy.Default.ToRelatives;

    public EscalationPolicy Policy => new(ToContactPersonAndUnitLeaders, ToRelatives);
}
