namespace CareServices.Scheduling.Domain.Staff;

/// <summary>How a staff member travels between visits; each has its own road factor and speed.</summary>
public static class TransportModes
{
    public const string Car = "car";
    public const string Bicycle = "bicycle";
    public const string Walking = "walking";

    public static readonly IReadOnlyList<string> All = [Car, Bicycle, Walking];
}
