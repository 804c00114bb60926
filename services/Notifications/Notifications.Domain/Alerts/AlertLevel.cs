namespace CareServices.Notifications.Domain.Alerts;

/// <summary>The steps of a missed visit's escalation, in the order they are taken.</summary>
public enum AlertLevel
{
    /// <summary>At once: the zone's planners, who find out why and call the recipient.</summary>
    Planners = 1,

    /// <summary>Unacknowledged after the first wait: the contact person and the zone's unit leaders.</summary>
    ContactPersonAndUnitLeaders = 2,

    /// <summary>Unacknowledged after the second wait: the relatives the recipient consented to have told.</summary>
    Relatives = 3,
}
