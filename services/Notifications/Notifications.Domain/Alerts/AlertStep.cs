namespace CareServices.Notifications.Domain.Alerts;

/// <summary>One step taken: who was told (the level) and how many people that reached, when.</summary>
public sealed class AlertStep
{
    private AlertStep()
    {
    }

    public AlertLevel Level { get; private set; }
    public int PeopleTold { get; private set; }
    public DateTimeOffset TakenAt { get; private set; }

    internal static AlertStep Of(AlertLevel level, int peopleTold, DateTimeOffset takenAt) => new() { Level = level, PeopleTold = peopleTold, TakenAt = takenAt };
}
