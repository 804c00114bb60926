namespace CareServices.Assessment.Domain.Recipients;

/// <summary>Welfare technology a recipient has at home (seed 001: safety alarm, medication dispenser …).</summary>
public static class WelfareTechnology
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "safetyAlarm", "medicationDispenser", "fallSensor", "doorSensor", "gpsTracker", "digitalSupervision",
        "electronicDoorLock", "videoCall", "stoveGuard",
    };
}
