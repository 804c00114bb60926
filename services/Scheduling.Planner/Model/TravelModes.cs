namespace CareServices.Scheduling.Planner.Model;

/// <summary>Conventional travel-mode keys; any string works as long as the problem holds a matrix for it.</summary>
public static class TravelModes
{
    public const string Car = "car";
    public const string Bicycle = "bicycle";
    public const string Walk = "walk";
}
