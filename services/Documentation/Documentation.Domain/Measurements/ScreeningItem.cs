namespace CareServices.Documentation.Domain.Measurements;

/// <summary>One answered item of a nutrition screening and the points it gives.</summary>
public sealed class ScreeningItem
{
    public string Name { get; set; } = "";
    public int Score { get; set; }
}
