namespace CareServices.Scheduling.Api.Demand;

/// <summary>How far ahead visits are derived from decisions (<c>Scheduling:Demand</c>).</summary>
public sealed class DemandOptions
{
    public const string SectionName = "Scheduling:Demand";

    public int HorizonDays { get; set; } = 28;
}
