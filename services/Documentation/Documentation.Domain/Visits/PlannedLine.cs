namespace CareServices.Documentation.Domain.Visits;

/// <summary>One planned task of a visit: a granted service line and the minutes the plan gives it.</summary>
public sealed class PlannedLine
{
    public Guid ServiceLineId { get; set; }
    public int Minutes { get; set; }
}
