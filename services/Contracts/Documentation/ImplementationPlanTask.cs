namespace CareServices.Contracts.Documentation;

/// <summary>How one granted service line is done in practice, as a work list shows it.</summary>
public sealed record ImplementationPlanTask
{
    public required Guid ServiceLineId { get; init; }
    public required string ServiceCode { get; init; }
    public required string TaskText { get; init; }
    public string? RecipientWishes { get; init; }
    public string? DoesThemselves { get; init; }
}
